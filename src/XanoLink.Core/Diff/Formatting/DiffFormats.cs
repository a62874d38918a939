namespace XanoLink.Diff.Formatting;

/// <summary>The formats <c>xanolink diff --format</c> offers, by name.</summary>
public static class DiffFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "markdown", "html"];

    public static string Format(string format, DiffReport report, bool color = false) => format switch
    {
        "text" => TextDiffFormatter.Format(report, color),
        "json" => JsonDiffFormatter.Format(report),
        "markdown" => MarkdownDiffFormatter.Format(report),
        "html" => HtmlDiffFormatter.Format(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown diff format"),
    };
}
