import type { CommandSpec, OptionSpec } from "./command-spec";

/**
 * Shell completion, written from the commands' own descriptions (commander has none built in;
 * what it would take from a library is these three small scripts). Commands, their options,
 * the values of options with choices, the words an argument takes (`done … <what>`), folders
 * for the vault and files for notes.
 */
export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const longName = (o: OptionSpec): string => o.flags.split(/[ ,]+/).find((f) => f.startsWith("--")) ?? o.flags;
const takesValue = (o: OptionSpec): boolean => /[<[]/.test(o.flags);
const words = (list: readonly string[]): string => list.join(" ");

function bash(commands: readonly CommandSpec[]): string {
  const optionCases = commands.map(
    (c) => `    ${c.name}) opts="${words(c.options.map(longName).concat("--help"))}" ;;`,
  );
  const valueCases = commands.flatMap((c) =>
    c.options.filter(takesValue).map((o) => {
      const reply = o.choices
        ? `COMPREPLY=($(compgen -W "${words(o.choices)}" -- "$cur"))`
        : o.completeFile
          ? `COMPREPLY=($(compgen -f -- "$cur"))`
          : "COMPREPLY=()";
      return `    "${c.name} ${longName(o)}") ${reply}; return ;;`;
    }),
  );
  const argCases = commands.flatMap((c) =>
    c.args.map((a, i) => {
      const reply = Array.isArray(a.complete)
        ? `COMPREPLY=($(compgen -W "${words(a.complete)}" -- "$cur"))`
        : a.complete === "folder"
          ? `COMPREPLY=($(compgen -d -- "$cur"))`
          : `COMPREPLY=($(compgen -f -- "$cur"))`;
      return `    "${c.name} ${i}") ${reply} ;;`;
    }),
  );
  return `# job-journal completion for bash: source <(job-journal completion bash)
_job_journal() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts="" i n=0
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${words(commands.map((c) => c.name))} help --help --version" -- "$cur"))
    return
  fi
  case "$cmd $prev" in
${valueCases.join("\n")}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases.join("\n")}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  # Which argument this is: the words before it that are neither options nor their values.
  for ((i = 2; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --) ;;
      --*) [[ " ${words(commands.flatMap((c) => c.options.filter(takesValue).map(longName)))} " == *" \${COMP_WORDS[i]} "* ]] && ((i++)) ;;
      *) ((n++)) ;;
    esac
  done
  case "$cmd $n" in
${argCases.join("\n")}
  esac
}
complete -o default -o filenames -F _job_journal job-journal
`;
}

/** Text inside zsh's single quotes and _arguments' [description]. */
const zshText = (text: string): string => text.replace(/'/g, "'\\''").replace(/([[\]:])/g, "\\$1");

function zsh(commands: readonly CommandSpec[]): string {
  const list = commands.map((c) => `    '${c.name}:${zshText(c.summary)}'`);
  const cases = commands.map((c) => {
    const specs = [
      ...c.args.map((a, i) => {
        const action = Array.isArray(a.complete)
          ? `(${words(a.complete)})`
          : a.complete === "folder"
            ? "_files -/"
            : "_files";
        return `'${i + 1}:${zshText(a.name.replace(/[<>[\]]/g, ""))}:${action}'`;
      }),
      ...c.options.map((o) => {
        const action = !takesValue(o)
          ? ""
          : o.choices
            ? `:value:(${words(o.choices)})`
            : o.completeFile
              ? ":file:_files"
              : ":value: ";
        return `'${longName(o)}[${zshText(o.description)}]${action}'`;
      }),
      "'(- *)--help[print the help of this command]'",
    ];
    return `    ${c.name}) _arguments -s ${specs.join(" \\\n        ")} ;;`;
  });
  return `#compdef job-journal
# job-journal completion for zsh: job-journal completion zsh > "\${fpath[1]}/_job-journal"
_job-journal() {
  local -a commands
  commands=(
${list.join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'job-journal command' commands
    return
  fi
  local cmd=$words[2]
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join("\n")}
  esac
}
if [[ $zsh_eval_context[-1] == loadautoload ]]; then _job-journal "$@"; else compdef _job-journal job-journal; fi
`;
}

const fishText = (text: string): string => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function fish(commands: readonly CommandSpec[]): string {
  const lines = [
    "# job-journal completion for fish: job-journal completion fish > ~/.config/fish/completions/job-journal.fish",
    "complete -c job-journal -f",
    `complete -c job-journal -n __fish_use_subcommand -l version -d ${fishText("print the version")}`,
  ];
  for (const c of commands) {
    const when = `'__fish_seen_subcommand_from ${c.name}'`;
    lines.push(`complete -c job-journal -n __fish_use_subcommand -a ${c.name} -d ${fishText(c.summary)}`);
    for (const o of c.options) {
      const value = !takesValue(o)
        ? ""
        : o.choices
          ? ` -x -a ${fishText(words(o.choices))}`
          : o.completeFile
            ? " -r -F"
            : " -x";
      lines.push(`complete -c job-journal -n ${when} -l ${longName(o).slice(2)}${value} -d ${fishText(o.description)}`);
    }
    const choices = c.args.flatMap((a) => (Array.isArray(a.complete) ? [...(a.complete as readonly string[])] : []));
    if (choices.length > 0) lines.push(`complete -c job-journal -n ${when} -a ${fishText(words(choices))}`);
    if (c.args.some((a) => !Array.isArray(a.complete))) lines.push(`complete -c job-journal -n ${when} -F`);
  }
  return `${lines.join("\n")}\n`;
}

export function completionScript(shell: Shell, commands: readonly CommandSpec[]): string {
  return shell === "bash" ? bash(commands) : shell === "zsh" ? zsh(commands) : fish(commands);
}
