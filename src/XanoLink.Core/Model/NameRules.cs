using System.Text.RegularExpressions;

namespace XanoLink.Model;

/// <summary>Names become paths, so they are held to rules that keep every path inside the workspace.</summary>
public static partial class NameRules
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentRegex();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex GuidRegex();

    public static bool IsValidSegment(string segment) => SegmentRegex().IsMatch(segment);

    /// <summary>One or more safe segments joined by '/'; no "..", no absolute path, no backslash, no control character.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 1024 && name.Split('/').All(IsValidSegment);

    public static bool IsValidGuid(string guid) => GuidRegex().IsMatch(guid);

    /// <summary>Why a name is unsafe, in words; null when it is fine.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Any(char.IsControl))
        {
            return "it holds a control character";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "it holds a backslash";
        }

        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            return "it is an absolute path";
        }

        if (name.Split('/').Any(s => s is ".." or "."))
        {
            return "it holds a '.' or '..' segment";
        }

        if (!IsValidName(name))
        {
            return "each '/'-separated segment must match [A-Za-z0-9_][A-Za-z0-9_.-]*";
        }

        return null;
    }
}
