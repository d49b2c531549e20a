/** Output channels of the command: results on stdout, messages on stderr. Each call writes one line or block. */
export interface CliIo {
  stdout(text: string): void;
  stderr(line: string): void;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(`${line}\n`),
};
