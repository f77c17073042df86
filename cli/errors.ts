// Errors the command line reports as bad usage or unreadable input (exit status 2).

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
