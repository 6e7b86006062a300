export function EditorScreen() { return <h1>Editor</h1>; }
