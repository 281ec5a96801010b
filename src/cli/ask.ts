/** One answer a question offers: what it says, the value it gives, and a line more about it. */
export interface Choice {
  name: string;
  value: string;
  description?: string;
}

/**
 * One question in the terminal, answered with the arrow keys (Inquirer's select prompt, a
 * maintained library). Drawn on standard error, so standard output stays the command's result
 * (suggest-config's JSON, redirected to a file). Loaded only when a question is asked.
 */
export async function askInTerminal(question: string, choices: readonly Choice[]): Promise<string> {
  const { default: select } = await import("@inquirer/select");
  return select(
    { message: question, choices: choices.map((c) => ({ ...c })), pageSize: choices.length },
    { input: process.stdin, output: process.stderr },
  );
}
