using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Validation;

/// <summary>The JSON types a property may be declared with.</summary>
internal enum JsonKind
{
    String,
    Integer,
    Boolean,
    Array,
    Object,
    Any,
}

internal static class JsonKinds
{
    public static bool Matches(this JsonKind kind, JToken token) => kind switch
    {
        JsonKind.String => token.Type == JTokenType.String,
        JsonKind.Integer => JsonNumber.IsInteger(token),
        JsonKind.Boolean => token.Type == JTokenType.Boolean,
        JsonKind.Array => token.Type == JTokenType.Array,
        JsonKind.Object => token.Type == JTokenType.Object,
        _ => true,
    };

    public static string Describe(this JsonKind kind) => kind switch
    {
        JsonKind.String => "a string",
        JsonKind.Integer => "an integer",
        JsonKind.Boolean => "true or false",
        JsonKind.Array => "an array",
        JsonKind.Object => "an object",
        _ => "any value",
    };

    public static string Describe(JToken token) => token.Type switch
    {
        _ when JsonNumber.IsInteger(token) => "an integer",
        _ when JsonNumber.IsNumber(token) => "a number",
        JTokenType.String => "a string",
        JTokenType.Boolean => "a boolean",
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
