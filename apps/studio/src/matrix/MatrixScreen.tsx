export function MatrixScreen() { return <h1>Matrix</h1>; }
