using System.Text.RegularExpressions;

namespace XanoLink.Model;

/// <summary>Names become paths, so they are held to rules that keep every path inside the workspace.</summary>
public static partial class NameRules
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentRegex();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex GuidRegex();

    // Device names Windows reserves in every folder, with or without an extension (con.json is the console too).
    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// A segment a checkout on any system can hold: the safe characters, not a Windows device name and not ending with '.'
    /// (Windows drops a trailing dot, so "a." and "a" would be one file).
    /// </summary>
    public static bool IsValidSegment(string segment) =>
        SegmentRegex().IsMatch(segment) && !segment.EndsWith('.') && !IsReservedDeviceName(segment);

    /// <summary>True for CON, aux, com1.json, LPT9.x...: Windows opens the device whatever the case or extension.</summary>
    public static bool IsReservedDeviceName(string segment)
    {
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        return ReservedDeviceNames.Contains(dot < 0 ? segment : segment[..dot]);
    }

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

        if (name.Split('/').FirstOrDefault(IsReservedDeviceName) is { } device)
        {
            return $"its segment '{device}' is a device name Windows reserves (CON, PRN, AUX, NUL, COM0-9, LPT0-9, in any case and with any extension)";
        }

        if (name.Split('/').FirstOrDefault(s => s.EndsWith('.') || s.EndsWith(' ')) is { } trailing)
        {
            return $"its segment '{trailing}' ends with '.' or a space, which Windows drops";
        }

        if (!IsValidName(name))
        {
            return "each '/'-separated segment must match [A-Za-z0-9_][A-Za-z0-9_.-]*";
        }

        return null;
    }
}
