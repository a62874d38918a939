using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.XanoScript;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// The two texts of an item that the markdown and html formats put side by side: its canonical JSON on each side (its
/// XanoScript, as Xano writes it, for a side read from a <c>.xs</c> file), then the changed records (one line each), so
/// a records-only change shows just those records.
/// </summary>
internal static class ItemSides
{
    public static (string[] Left, string[] Right) Of(ItemDiff item)
    {
        var left = new List<string>();
        var right = new List<string>();
        if (item.Before is not null)
        {
            left.AddRange(Lines(Text(item.Before, item.BeforeConstruct)));
        }

        if (item.After is not null)
        {
            right.AddRange(Lines(Text(item.After, item.AfterConstruct)));
        }

        var records = item.Changes.Where(c => c.Kind == ChangeKind.Record).ToArray();
        if (records.Length > 0)
        {
            left.AddRange(Lines(CanonicalJson.RecordsToText(records.Select(c => c.Before).OfType<JObject>())));
            right.AddRange(Lines(CanonicalJson.RecordsToText(records.Select(c => c.After).OfType<JObject>())));
        }

        return (left.ToArray(), right.ToArray());
    }

    // The writer refuses (null) only a model that would not read back the same; the JSON then says what it holds.
    private static string Text(JToken model, string? construct) =>
        construct is not null && model is JObject o && XanoScriptWriter.Write(construct, o).Text is { } xs ? xs : CanonicalJson.ToText(model);

    private static IEnumerable<string> Lines(string text) => text.TrimEnd('\n').Split('\n').Where(_ => text.Length > 0);
}
