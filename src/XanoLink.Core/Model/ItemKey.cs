using System.Diagnostics.CodeAnalysis;

namespace XanoLink.Model;

/// <summary>Names an object everywhere: <c>table:product</c>, <c>api:orders/create_order</c>.</summary>
public readonly record struct ItemKey(ItemKind Kind, string Name) : IComparable<ItemKey>
{
    public override string ToString() => $"{Kind.Prefix()}:{Name}";

    public int CompareTo(ItemKey other)
    {
        var c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : string.CompareOrdinal(Name, other.Name);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out ItemKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        if (!ItemKinds.TryParsePrefix(text[..colon], out var kind))
        {
            return false;
        }

        var name = text[(colon + 1)..];
        if (!NameRules.IsValidName(name))
        {
            return false;
        }

        key = new ItemKey(kind, name);
        return true;
    }

    public static bool operator <(ItemKey left, ItemKey right) => left.CompareTo(right) < 0;

    public static bool operator >(ItemKey left, ItemKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(ItemKey left, ItemKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ItemKey left, ItemKey right) => left.CompareTo(right) >= 0;
}
