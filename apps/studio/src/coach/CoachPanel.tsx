export function CoachPanel() { return null; }
