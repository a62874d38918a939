using XanoLink.Cli.Infrastructure;

namespace XanoLink.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and no colour.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string currentDirectory, params string[] args) => Run(currentDirectory, terminal: false, args);

    /// <param name="terminal">Run as on a terminal: stdout and stderr are terminals (colour stays off).</param>
    public static Result Run(string currentDirectory, bool terminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, Color: false, currentDirectory, IsTerminal: terminal, ErrorIsTerminal: terminal);
        var code = CliApp.Run(args, console);
        return new Result(code, output.ToString(), error.ToString());
    }
}
