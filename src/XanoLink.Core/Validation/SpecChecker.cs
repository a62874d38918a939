using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.Validation;

/// <summary>Checks one JSON object against an <see cref="ObjectSpec"/>: required, types, allowed values, unknown properties.</summary>
internal sealed class SpecChecker(IPositioned file, List<Diagnostic> diagnostics)
{
    /// <returns>True when every required property is present with its type (callers may then read them).</returns>
    public bool Check(JObject json, ObjectSpec spec, string where)
    {
        var ok = true;
        foreach (var property in spec.Properties)
        {
            var token = json.Property(property.Name, StringComparison.Ordinal);
            if (token is null)
            {
                if (property.Required)
                {
                    diagnostics.Add(DiagnosticCatalog.MissingProperty.At(file.PositionOf(json), $"{where} has no '{property.Name}'; add \"{property.Name}\": {Example(property.Type)}"));
                    ok = false;
                }

                continue;
            }

            if (!property.Type.Matches(token.Value))
            {
                diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(token), $"'{property.Name}' of {where} is {JsonKinds.Describe(token.Value)}; it must be {property.Type.Describe()}"));
                ok = false;
                continue;
            }

            if (property.Allowed is { } allowed && token.Value.Type == JTokenType.String && !allowed.Contains((string)token.Value!))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidValue.At(file.PositionOf(token.Value), $"'{property.Name}' of {where} is \"{(string)token.Value!}\"; use one of: {string.Join(", ", allowed)}{Suggestions.DidYouMean((string)token.Value!, allowed)}"));
                ok = false;
            }
        }

        if (!spec.AllowUnknown)
        {
            foreach (var property in json.Properties())
            {
                if (spec.Find(property.Name) is null)
                {
                    var known = spec.Properties.Select(p => p.Name).ToArray();
                    diagnostics.Add(DiagnosticCatalog.UnknownProperty.At(file.PositionOf(property), $"{where} has an unknown property '{property.Name}', which XanoLink ignores{Suggestions.DidYouMean(property.Name, known)}"));
                }
            }
        }

        return ok;
    }

    /// <summary>Each element of an array property must be an object; yields those that are.</summary>
    public IEnumerable<(JObject Item, int Index)> Objects(JObject owner, string property, string what)
    {
        if (owner[property] is not JArray array)
        {
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JObject item)
            {
                yield return (item, i);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(array[i]), $"{what} {i + 1} in '{property}' is {JsonKinds.Describe(array[i])}; it must be an object"));
            }
        }
    }

    /// <summary>Each element of an array property must be a string; yields those that are.</summary>
    public IEnumerable<(string Value, JToken Token)> Strings(JObject owner, string property, string where)
    {
        if (owner[property] is not JArray array)
        {
            yield break;
        }

        foreach (var item in array)
        {
            if (item.Type == JTokenType.String)
            {
                yield return ((string)item!, item);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.WrongType.At(file.PositionOf(item), $"an entry of '{property}' in {where} is {JsonKinds.Describe(item)}; it must be a string"));
            }
        }
    }

    /// <summary>Reports entries of an array property that are not strings.</summary>
    public void RequireStrings(JObject owner, string property, string where)
    {
        foreach (var _ in Strings(owner, property, where))
        {
        }
    }

    private static string Example(JsonKind kind) => kind switch
    {
        JsonKind.String => "\"...\"",
        JsonKind.Integer => "0",
        JsonKind.Boolean => "true",
        JsonKind.Array => "[]",
        JsonKind.Object => "{}",
        _ => "null",
    };
}
