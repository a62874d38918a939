using XanoLink.Cli.Infrastructure;

namespace XanoLink.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and no colour.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string currentDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, Color: false, currentDirectory, IsTerminal: false);
        var code = CliApp.Run(args, console);
        return new Result(code, output.ToString(), error.ToString());
    }
}
