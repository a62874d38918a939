using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace XanoLink.Json;

/// <summary>
/// A file's text with its line starts, to turn Newtonsoft's line info (which points just past a token)
/// into the line and column where the token starts, which is where a person expects a diagnostic to point.
/// </summary>
internal sealed class SourceText
{
    private readonly string text;
    private readonly int[] lineStarts;

    public SourceText(string text)
    {
        this.text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>1-based line and column of the first character of <paramref name="token"/> (a property: its name's opening quote).</summary>
    public (int Line, int Column) StartOf(JToken token)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo())
        {
            return (0, 0);
        }

        var end = OffsetOf(info.LineNumber, info.LinePosition);
        var start = token switch
        {
            JProperty => PropertyStart(end),
            JObject or JArray => end - 1,
            JValue { Type: JTokenType.String } => StringStart(end),
            _ => ScalarStart(end),
        };
        return LineColumnOf(Math.Clamp(start, 0, Math.Max(0, text.Length - 1)));
    }

    /// <summary>Where <paramref name="token"/> starts in file <paramref name="path"/>; the file's start when there is no token.</summary>
    public Diagnostics.SourcePosition PositionOf(string path, JToken? token)
    {
        if (token is null)
        {
            return new Diagnostics.SourcePosition(path, 1, 1);
        }

        var (line, column) = StartOf(token);
        return new Diagnostics.SourcePosition(path, line, column);
    }

    public (int Line, int Column) LineColumnOf(int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - lineStarts[line] + 1);
    }

    private int OffsetOf(int line, int position)
    {
        var lineIndex = Math.Clamp(line - 1, 0, lineStarts.Length - 1);
        return Math.Min(lineStarts[lineIndex] + position, text.Length);
    }

    private int PropertyStart(int end)
    {
        // The reader stands after the ':' that follows the name.
        var i = end - 1;
        while (i >= 0 && (text[i] == ':' || char.IsWhiteSpace(text[i])))
        {
            i--;
        }

        return i >= 0 && text[i] == '"' ? StringStart(i + 1) : i;
    }

    private int StringStart(int end)
    {
        var i = end - 2;
        while (i >= 0 && !(text[i] == '"' && !IsEscaped(i)))
        {
            i--;
        }

        return Math.Max(i, 0);
    }

    private bool IsEscaped(int quote)
    {
        var backslashes = 0;
        for (var j = quote - 1; j >= 0 && text[j] == '\\'; j--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private int ScalarStart(int end)
    {
        var i = end - 1;
        while (i > 0 && !IsDelimiter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is ',' or ':' or '[' or '{';
}
