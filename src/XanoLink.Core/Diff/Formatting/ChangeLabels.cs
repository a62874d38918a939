using System.Text.RegularExpressions;
using XanoLink.Json;

namespace XanoLink.Diff.Formatting;

/// <summary>The words every format uses for an item's changes: "input name", "step 3 API Request", "step 2.then[1] Update Variable".</summary>
internal static partial class ChangeLabels
{
    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex IndexRegex();

    public static string Label(ItemChange change) => change.Kind switch
    {
        ChangeKind.Step => $"step {StepNumber(change.Path)} {change.Name}",
        _ => $"{change.Kind.Word()} {change.Name}",
    };

    /// <summary>A step's path counted from 1, as people count steps: steps[2].then[0] is "3.then[1]".</summary>
    public static string StepNumber(string path)
    {
        var counted = IndexRegex().Replace(path, m => $"[{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}]");
        var close = counted.IndexOf(']', StringComparison.Ordinal);
        return counted.StartsWith("steps[", StringComparison.Ordinal) && close > 0
            ? counted["steps[".Length..close] + counted[(close + 1)..]
            : counted;
    }

    /// <summary>"before → after" for a short edit, so small changes read without opening the item; null when too long to fit a line.</summary>
    public static string? ShortEdit(ItemChange change, int max = 60) => ShortEdit(change, out _, max);

    /// <summary>
    /// Before and after of an edited property or record in one line, each cut short with <see cref="Ellipsis"/> when the two
    /// do not fit in <paramref name="max"/> characters (<paramref name="shortened"/> says so); for other members, what changed.
    /// </summary>
    public static string? ShortEdit(ItemChange change, out bool shortened, int max = 60)
    {
        shortened = false;
        if (change.Change != ChangeType.Edited)
        {
            return null;
        }

        if (change.Kind is not (ChangeKind.Property or ChangeKind.Record))
        {
            return MemberEdit.Describe(change.Before as Newtonsoft.Json.Linq.JObject, change.After as Newtonsoft.Json.Linq.JObject, max + 20);
        }

        var before = CanonicalJson.Compact(change.Before);
        var after = CanonicalJson.Compact(change.After);
        if (before.Length + after.Length <= max)
        {
            return $"{before} -> {after}";
        }

        // What the two share at the start and the end is cut to a little context, so the part that changed shows; then a short
        // side keeps its length and leaves the rest to the other.
        shortened = true;
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        if (prefix > Context + Ellipsis.Length)
        {
            before = Ellipsis + before[(prefix - Context)..];
            after = Ellipsis + after[(prefix - Context)..];
        }

        var suffix = 0;
        while (suffix < before.Length - Ellipsis.Length && suffix < after.Length - Ellipsis.Length && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        if (suffix > Context + Ellipsis.Length)
        {
            before = before[..^(suffix - Context)] + Ellipsis;
            after = after[..^(suffix - Context)] + Ellipsis;
        }

        var half = max / 2;
        return $"{Shorten(before, Math.Max(half, max - after.Length))} -> {Shorten(after, Math.Max(half, max - before.Length))}";
    }

    /// <summary>Characters kept next to a change when a shared start or end is cut.</summary>
    private const int Context = 10;

    /// <summary>What ends a value cut short in text output.</summary>
    public const string Ellipsis = "...";

    private static string Shorten(string text, int limit) => text.Length <= limit ? text : text[..(limit - Ellipsis.Length)] + Ellipsis;

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string Records(RecordCounts counts) => $"records +{counts.Added} -{counts.Deleted} ~{counts.Edited}";

    public static string Summary(DiffReport report)
    {
        var s = report.Summary;
        return $"{Count(s.Items, "item")} {(s.Items == 1 ? "differs" : "differ")}: {s.Added} added, {s.Deleted} deleted, {s.Modified} modified, {s.Renamed} renamed; {Count(s.Changes, "change")}";
    }
}
