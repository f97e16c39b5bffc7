// The operating-system programs some suites need (Chromium, LibreOffice, xmllint, pdftoppm), as listed in
// scripts/test-tools.js. `npm test` installs missing ones first on Debian as root; elsewhere a suite that
// needs a missing program fails here with the command that installs it. It never passes by skipping.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tools = require('../../scripts/test-tools.js') as {
  TOOLS: readonly { id: string }[];
  toolPath(id: string): string | null;
  installHint(tool: { id: string }): string;
};

export type ToolId = 'chromium' | 'soffice' | 'xmllint' | 'pdftoppm';

/** The tool's absolute path; throws (failing the test or suite) with the install command when it is missing. */
export function requireTool(id: ToolId): string {
  const found = tools.toolPath(id);
  if (found !== null) return found;
  const tool = tools.TOOLS.find((t) => t.id === id)!;
  throw new Error(`${id} is not installed; install it with: ${tools.installHint(tool)} (npm test does this itself on Debian as root)`);
}
