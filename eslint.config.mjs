import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// Layers (docs/architecture.md): core is pure, only plugin/ may touch `obsidian`, the CLI is Node.
const obsidianImport = {
  name: "obsidian",
  message: "Only src/plugin/ may import obsidian (even as a type): the core and the CLI run without Obsidian.",
};
const vscodeImport = {
  name: "vscode",
  message: "Only src/vscode/ may import vscode: the core, the plugin and the CLI run without VS Code.",
};
const nodeBuiltins = {
  regex: "^(node:.*|fs|path|os|child_process|util|crypto|url|stream|events|process|buffer)$",
  message: "src/core/ is pure: no Node built-ins. Pass what it needs in through an interface.",
};

// One place to import a name from: the module that declares it (no module passes another's along).
const NO_REEXPORTS = [
  { selector: "ExportNamedDeclaration[source]", message: "Import it from the module that declares it: no re-exports." },
  { selector: "ExportAllDeclaration", message: "Import it from the module that declares it: no re-exports." },
];

export default defineConfig([
  globalIgnores([
    "node_modules/",
    "dist/",
    "vscode/dist/",
    "main.js",
    "coverage/",
    "examples/",
    "docs/",
    "tests/fixtures/",
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The build, release and benchmark scripts are plain JavaScript outside tsconfig.json.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
          allowDefaultProject: [
            "eslint.config.mjs",
            "esbuild.config.mjs",
            "version-bump.mjs",
            "scripts/*.mjs",
            "scripts/esbuild/*.mjs",
            "tests/bench/*.mjs",
            "tests/bench/*.cjs",
            "tests/helpers/*.mjs",
            "tests/*.mjs",
            ".dependency-cruiser.cjs",
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // A switch over a union handles every member (or says it does not, with a default):
    // a new kind of item or action cannot compile into a case that silently does nothing.
    files: ["src/**/*.ts"],
    rules: {
      // Prettier wraps code at 120 columns; this catches what it cannot (comments). Text the
      // user reads stays whole on its line, where it can be searched for.
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      // A function longer than a screen is split where a name helps the reader (issue 25).
      "max-lines-per-function": ["error", { max: 60 }],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [obsidianImport, vscodeImport], patterns: [nodeBuiltins] }],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "src/core/ has no DOM." },
        { name: "document", message: "src/core/ has no DOM." },
        { name: "process", message: "src/core/ has no Node: pass settings and time in." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/core/ never reads the clock: take `now` as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/core/ never reads the clock: take `now` as a parameter.",
        },
        ...NO_REEXPORTS,
      ],
    },
  },
  {
    files: [
      "src/cli/**/*.ts",
      "tests/**/*.ts",
      "tests/**/*.mjs",
      "tests/**/*.cjs",
      "scripts/**/*.mjs",
      "preview/**/*.ts",
      "*.mjs",
      "*.mts",
      ".dependency-cruiser.cjs",
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/prefer-active-doc": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/platform": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "import/no-nodejs-modules": "off",
      "no-console": "off",
      "obsidianmd/rule-custom-message": "off",
      "obsidianmd/ui/sentence-case": "off",
    },
  },
  {
    // js-yaml reads frontmatter in the CLI and VS Code (never in main.js, a build error there): the
    // benchmark measured it about 10 times faster per note than the yaml package the list suggests.
    files: ["package.json"],
    rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
  },
  {
    // The fake and the browser benchmark build on a bare DOM, so they must use the bare DOM.
    files: ["tests/fakes/**/*.ts", "tests/bench/**/*.ts", "preview/**/*.ts"],
    rules: { "obsidianmd/prefer-create-el": "off", "obsidianmd/no-static-styles-assignment": "off" },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [obsidianImport, vscodeImport] }] },
  },
  {
    // One conversion of a clock reading: a host's Clock (core/lib/clock.ts), never wallClockOf by hand.
    files: ["src/cli/**/*.ts", "src/plugin/**/*.ts", "src/vscode/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportSpecifier[imported.name='wallClockOf']",
          message: "Read the time through the host's Clock (core/lib/clock.ts): clock.wall(), clock.today().",
        },
        ...NO_REEXPORTS,
      ],
    },
  },
  {
    files: ["src/plugin/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [vscodeImport] }] },
  },
  {
    // The VS Code extension: no obsidian, and no Node built-ins either (it runs in VS Code for
    // the web, in a worker); Obsidian's own conventions (window timers, the config folder) are not its.
    files: ["src/vscode/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [obsidianImport], patterns: [nodeBuiltins] }],
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/ui/sentence-case": "off",
    },
  },
]);
