namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Where a command prints, and the one answer to "may I colour?": only when stdout is a terminal, NO_COLOR is unset (any
/// value turns colour off) and TERM is not dumb. <see cref="ErrorIsTerminal"/> says whether live progress may be drawn on stderr.
/// <paramref name="Bytes"/> is standard output as bytes, for a command that must pass a file through unchanged (textconv);
/// null where there is none (then such a command writes the text to <paramref name="Out"/>).
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Color, string CurrentDirectory, bool IsTerminal, bool ErrorIsTerminal = false, Stream? Bytes = null)
{
    public static CliConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        MayColor(global::System.Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM")),
        Environment.CurrentDirectory,
        IsTerminal: !global::System.Console.IsOutputRedirected,
        ErrorIsTerminal: !global::System.Console.IsErrorRedirected,
        Bytes: global::System.Console.OpenStandardOutput());

    public static bool MayColor(bool outputRedirected, string? noColor, string? term) =>
        !outputRedirected && string.IsNullOrEmpty(noColor) && term != "dumb";

    public string Paint(string text, string ansi) => Color ? $"\u001b[{ansi}m{text}\u001b[0m" : text;
}
