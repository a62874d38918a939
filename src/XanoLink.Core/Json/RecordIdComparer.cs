using Newtonsoft.Json.Linq;

namespace XanoLink.Json;

/// <summary>
/// Orders record ids: numbers by exact value first (equal values by text), then strings ordinally, then anything else by
/// its JSON text. Ids that are not integers are invalid (XL1040) but are still written in a stable order.
/// </summary>
public sealed class RecordIdComparer : IComparer<JToken?>
{
    public static RecordIdComparer Instance { get; } = new();

    public int Compare(JToken? x, JToken? y)
    {
        var rx = Rank(x);
        var ry = Rank(y);
        if (rx != ry)
        {
            return rx.CompareTo(ry);
        }

        return rx switch
        {
            0 => JsonNumber.Compare(x!, y!),
            1 => string.CompareOrdinal((string?)x, (string?)y),
            _ => string.CompareOrdinal(CanonicalJson.Compact(x), CanonicalJson.Compact(y)),
        };
    }

    /// <summary>A record id as a stable text key ("5", "\"abc\"") for dictionaries and messages.</summary>
    public static string KeyOf(JToken? id) => CanonicalJson.Compact(id);

    private static int Rank(JToken? t) => JsonNumber.IsNumber(t) ? 0 : t?.Type == JTokenType.String ? 1 : 2;
}
