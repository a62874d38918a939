namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Where a command prints, and whether it may use colour (never when redirected or NO_COLOR is set).
/// <paramref name="Bytes"/> is standard output as bytes, for a command that must pass a file through unchanged (textconv);
/// null where there is none (then such a command writes the text to <paramref name="Out"/>).
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Color, string CurrentDirectory, bool IsTerminal, Stream? Bytes = null)
{
    public static CliConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        Color: !global::System.Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.CurrentDirectory,
        IsTerminal: !global::System.Console.IsOutputRedirected,
        global::System.Console.OpenStandardOutput());

    public string Paint(string text, string ansi) => Color ? $"\u001b[{ansi}m{text}\u001b[0m" : text;
}
