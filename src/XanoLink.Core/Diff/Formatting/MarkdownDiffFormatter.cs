using System.Text;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// For a pull request: a summary table of the items, then one collapsible <c>&lt;details&gt;</c> section per item with
/// its changes and a <c>diff</c> block of its JSON. Table cells escape pipes and HTML, so any name or value is safe.
/// </summary>
public static class MarkdownDiffFormatter
{
    public static string Format(DiffReport report)
    {
        var md = new StringBuilder();
        md.Append("## Workspace differences\n\n");
        md.Append($"{Cell(report.Left)} → {Cell(report.Right)}\n\n");
        if (!report.HasDifferences)
        {
            return md.Append("No differences.\n").ToString();
        }

        md.Append(ChangeLabels.Summary(report)).Append(".\n\n");
        md.Append("| Item | Status | Changes |\n|---|---|---|\n");
        foreach (var item in report.Items)
        {
            var status = item.OldName is null ? item.Status.Word() : $"renamed from `{Code(item.OldKey!)}`";
            var changes = item.Records is { } r ? $"{item.Changes.Count} ({ChangeLabels.Records(r)})" : $"{item.Changes.Count}";
            md.Append($"| `{Code(item.Key)}` | {status} | {changes} |\n");
        }

        if (report.Collisions.Count > 0)
        {
            md.Append("\n**Guid collisions** (same kind and name, another guid: publishing would duplicate them; see `xanolink adopt-guids`):\n\n");
            md.Append("| Item | Left guid | Right guid |\n|---|---|---|\n");
            foreach (var c in report.Collisions)
            {
                md.Append($"| `{Code(c.Key)}` | `{Code(c.LeftGuid)}` | `{Code(c.RightGuid)}` |\n");
            }
        }

        foreach (var item in report.Items)
        {
            md.Append("\n<details>\n");
            md.Append($"<summary><code>{Html(item.Key)}</code>: {item.Status.Word()}, {ChangeLabels.Count(item.Changes.Count, "change")}</summary>\n\n");
            if (item.Changes.Count > 0)
            {
                md.Append("| Change | Kind | Name | Path |\n|---|---|---|---|\n");
                foreach (var change in item.Changes)
                {
                    md.Append($"| {change.Change.Word()} | {change.Kind.Word()} | {Cell(change.Name)} | `{Code(change.Path)}` |\n");
                }

                md.Append('\n');
            }

            var (left, right) = ItemSides.Of(item);
            var fence = Fence(left.Concat(right));
            md.Append($"{fence}diff\n");
            foreach (var line in LineDiff.Unified(LineDiff.Rows(left, right)))
            {
                md.Append(line).Append('\n');
            }

            md.Append($"{fence}\n\n</details>\n");
        }

        return md.ToString();
    }

    /// <summary>A table cell: pipes escaped, HTML neutralised, one line.</summary>
    internal static string Cell(string text) => Html(text)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("`", "'", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A code span in a table cell: entities would show literally there, so only pipes and backticks are escaped.</summary>
    internal static string Code(string text) => text
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("`", "'", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static string Html(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A code fence longer than any backtick run in the content, so JSON holding ``` cannot end it early.</summary>
    private static string Fence(IEnumerable<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var ch in line)
            {
                run = ch == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        return new string('`', Math.Max(3, longest + 1));
    }
}
