namespace XanoLink.Diagnostics;

/// <summary>
/// Text from a workspace made safe to print on one line: control characters and line separators become \uXXXX, so a
/// name holding a line break can never forge a line of output (a diagnostic, a commit trailer).
/// </summary>
internal static class PrintableText
{
    public static bool IsUnprintable(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    public static string Of(string text)
    {
        if (!text.Any(IsUnprintable))
        {
            return text;
        }

        return string.Concat(text.Select(c => IsUnprintable(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
