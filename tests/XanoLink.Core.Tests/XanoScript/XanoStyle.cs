namespace XanoLink.Core.Tests.XanoScript;

/// <summary>Test texts in Xano's style: a blank line holds the indentation of the block it is in.</summary>
internal static class XanoStyle
{
    public static string Of(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                continue;
            }

            var next = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
            var indent = next.Length - next.TrimStart(' ').Length;
            lines[i] = new string(' ', next.TrimStart().StartsWith('}') || next.TrimStart().StartsWith(']') ? indent : Math.Max(0, indent - 2));
        }

        return string.Join('\n', lines);
    }
}
