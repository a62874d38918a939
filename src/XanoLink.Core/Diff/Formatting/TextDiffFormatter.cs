using System.Text;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// The human text: a stat block (one line per item, like <c>git diff --stat</c>) and a summary, then each item's
/// changes in words ("input name edited", "step 3 API Request added"). Colour is ANSI, only when asked.
/// </summary>
public static class TextDiffFormatter
{
    public static string Format(DiffReport report, bool color = false)
    {
        var text = new StringBuilder();
        string Paint(string s, string ansi) => color ? $"\u001b[{ansi}m{s}\u001b[0m" : s;

        if (!report.HasDifferences)
        {
            return "No differences.\n";
        }

        var keyWidth = report.Items.Select(i => i.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var item in report.Items)
        {
            var stat = Stat(item);
            var status = stat.Length == 0 ? item.Status.Word() : item.Status.Word().PadRight(8);
            text.Append(Paint(item.Key.PadRight(keyWidth), "1")).Append("  ")
                .Append(Paint(status, StatusColor(item.Status)))
                .Append(stat)
                .Append('\n');
        }

        text.Append(ChangeLabels.Summary(report)).Append('\n');
        var shortened = false;

        foreach (var item in report.Items.Where(i => i.Changes.Count > 0))
        {
            text.Append('\n')
                .Append(Paint(item.Key, "1")).Append("  ")
                .Append(Paint(item.Status.Word(), StatusColor(item.Status)))
                .Append(Stat(item))
                .Append('\n');
            foreach (var change in item.Changes)
            {
                var line = $"  {ChangeLabels.Label(change)} {Paint(change.Change.Word(), ChangeColor(change.Change))}";
                var edit = ChangeLabels.ShortEdit(change, out var cut);
                shortened |= cut;
                text.Append(line).Append(edit is null ? "" : ": " + edit).Append('\n');
            }
        }

        if (shortened)
        {
            text.Append($"\n(Long values are cut short with {ChangeLabels.Ellipsis}; --format markdown shows them in full.)\n");
        }

        if (report.Collisions.Count > 0)
        {
            text.Append('\n').Append(Paint("Guid collisions", "31;1")).Append(" (same kind and name, another guid: publishing would duplicate them; see 'xanolink adopt-guids'):\n");
            foreach (var c in report.Collisions)
            {
                text.Append($"  {c.Key}  left guid {c.LeftGuid}, right guid {c.RightGuid}\n");
            }
        }

        return text.ToString();
    }

    private static string Stat(ItemDiff item)
    {
        var parts = new List<string>();
        if (item.Changes.Count > 0)
        {
            parts.Add(ChangeLabels.Count(item.Changes.Count, "change"));
        }

        if (item.Records is { } records)
        {
            parts.Add(ChangeLabels.Records(records));
        }

        if (item.OldKey is not null)
        {
            parts.Add($"from {item.OldKey}");
        }

        return parts.Count == 0 ? "" : "  " + string.Join(", ", parts);
    }

    private static string StatusColor(ItemStatus status) => status switch
    {
        ItemStatus.Added => "32",
        ItemStatus.Deleted => "31",
        ItemStatus.Renamed => "36",
        _ => "33",
    };

    private static string ChangeColor(ChangeType change) => change switch
    {
        ChangeType.Added => "32",
        ChangeType.Deleted => "31",
        ChangeType.Moved => "36",
        _ => "33",
    };
}
