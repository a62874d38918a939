namespace XanoLink.Cli.Infrastructure;

/// <summary>Where a command prints, and whether it may use colour (never when redirected or NO_COLOR is set).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Color, string CurrentDirectory, bool IsTerminal)
{
    public static CliConsole System() => new(
        global::System.Console.Out,
        global::System.Console.Error,
        Color: !global::System.Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.CurrentDirectory,
        IsTerminal: !global::System.Console.IsOutputRedirected);

    public string Paint(string text, string ansi) => Color ? $"\u001b[{ansi}m{text}\u001b[0m" : text;
}
