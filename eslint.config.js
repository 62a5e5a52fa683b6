// ESLint over all TypeScript (typescript-eslint's recommended rules, no type information so it stays fast) plus
// import-x's cycle rule; formatting is Prettier's job (eslint-config-prettier turns the overlapping rules off).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "dist/**", "out/**", ".cache/**", "tests/wow-sim/out/**", "**/*.lua", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".d.ts", ".js"] })],
      // no-cycle has to parse the files it follows; without this it skips every .ts dependency and finds nothing.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/extensions": [".ts", ".js"],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // A `let` read by a closure before its one assignment (a timer handle passed to its own callback) stays `let`.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  prettier,
);
