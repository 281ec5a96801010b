import type { CommandInput, CommandSpec } from "../command-spec";
import { completionScript, SHELLS, type Shell } from "../completion";
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";

/** The completion command, over the list of commands it is part of. */
export function completionSpecFor(commands: () => readonly CommandSpec[]): CommandSpec {
  return {
    name: "completion",
    summary: "print a shell completion script (bash, zsh or fish)",
    description:
      "Prints a script that completes job-journal's commands, options, option values and note paths. Load it from your " +
      "shell's start-up file, as the examples show.",
    args: [{ name: "<shell>", description: SHELLS.join(", "), complete: SHELLS }],
    options: [],
    examples: [
      "echo 'source <(job-journal completion bash)' >> ~/.bashrc",
      'job-journal completion zsh > "${fpath[1]}/_job-journal"',
      "job-journal completion fish > ~/.config/fish/completions/job-journal.fish",
    ],
    run: ({ args }: CommandInput, io: CliIo): number => {
      const shell = args[0] ?? "";
      if (!(SHELLS as readonly string[]).includes(shell))
        throw new UsageError(`no completion for "${shell}"; choose one of: ${SHELLS.join(", ")}`);
      io.out(completionScript(shell as Shell, commands()));
      return 0;
    },
  };
}
