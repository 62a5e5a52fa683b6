/**
 * Secret redaction. Every error message and log line that can contain text from the network or the
 * environment passes through a Redactor, so the client secret (and the derived Basic header and bearer token)
 * never reach a terminal, a cache file or an output file.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    // Very short values would redact ordinary words; real secrets are long.
    if (secret !== undefined && secret.length >= 4) this.secrets.add(secret);
  }

  /** Registers the client id/secret pair, including the Basic header form the token request uses. */
  addCredentials(clientId: string, clientSecret: string): void {
    this.add(clientSecret);
    const basic = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");
    this.add(basic);
    this.add(encodeURIComponent(clientSecret));
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out;
  }

  /** An error whose message (and stack) is redacted; the original is not kept as `cause`, it may hold the secret. */
  error(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    const redacted = new Error(this.redact(message));
    redacted.name = error instanceof Error ? error.name : "Error";
    if (error instanceof Error && error.stack !== undefined) redacted.stack = this.redact(error.stack);
    return redacted;
  }
}
