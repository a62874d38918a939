using Newtonsoft.Json.Linq;

namespace XanoLink.Merge;

/// <summary>
/// Which arrays are collections of members with an identity, and what that identity is. Matching members by identity (not
/// by position) is what lets one side add a field while the other edits another. Arrays not listed here (enum values,
/// tags, actions) are whole values.
/// </summary>
internal static class MemberIdentity
{
    /// <summary>The identity function for the array under <paramref name="property"/>, or null when the array is a plain value.</summary>
    public static Func<JToken, string?>? For(string? property) => property switch
    {
        "fields" or "inputs" or "tenants" => ByName,
        "indexes" => OfIndex,
        "steps" or "then" or "else" => OfStep,
        _ => null,
    };

    /// <summary>Steps are a sequence whose order matters; the other collections keep their order too, but rarely move.</summary>
    private static string? ByName(JToken item) => item is JObject o && o["name"] is JValue { Type: JTokenType.String } n ? (string)n! : null;

    private static string? OfIndex(JToken item)
    {
        if (item is not JObject o)
        {
            return null;
        }

        var type = o["type"] is JValue { Type: JTokenType.String } t ? (string)t! : "";
        var fields = o["fields"] is JArray f ? string.Join(",", f.Select(x => x is JValue v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : x.ToString())) : "";
        return $"{type}({fields})";
    }

    /// <summary>A step is "op target as name": <c>db.get order as order</c>, <c>var.update total</c>.</summary>
    private static string? OfStep(JToken item)
    {
        if (item is not JObject o)
        {
            return null;
        }

        var op = Text(o["op"]) ?? "step";
        var target = Text(o["table"]) ?? Text(o["function"]) ?? Text(o["addon"]) ?? Text(o["var"]);
        var name = Text(o["as"]);
        return op + (target is null ? "" : " " + target) + (name is null ? "" : " as " + name);
    }

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } v ? (string)v! : null;
}
