/** `npm run pipeline`: the only place that touches process.argv/env/signals and calls process.exit. */
import { main } from "./cli/main";

const code = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  dotenvPath: ".env",
  onInterrupt: (handler) => {
    process.on("SIGINT", handler);
    return () => process.off("SIGINT", handler);
  },
});
process.exitCode = code;
process.exit(code);
