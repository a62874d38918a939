namespace XanoLink.Validation;

/// <summary>A property an object may have: its JSON type, whether it is required, and the values allowed.</summary>
internal sealed record PropertySpec(string Name, JsonKind Type, bool Required = false, IReadOnlyList<string>? Allowed = null);

/// <summary>The shape of one kind of JSON object, as format.md describes it.</summary>
internal sealed record ObjectSpec(string What, IReadOnlyList<PropertySpec> Properties, bool AllowUnknown = false)
{
    public PropertySpec? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
