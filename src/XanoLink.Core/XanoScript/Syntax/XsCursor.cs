namespace XanoLink.XanoScript.Syntax;

/// <summary>
/// A forward-only cursor over XanoScript text that keeps line and column. A newline is "\n" (a "\r" before it is
/// treated as trailing space), so CRLF files read the same as LF files.
/// </summary>
internal sealed class XsCursor(string text)
{
    private int lineStart;

    public string Text { get; } = text;

    public int Offset { get; private set; }

    public int Line { get; private set; } = 1;

    public XsPos Pos => new(Line, Offset - lineStart + 1);

    public bool AtEnd => Offset >= Text.Length;

    public char Peek(int ahead = 0)
    {
        var i = Offset + ahead;
        return i < Text.Length ? Text[i] : '\0';
    }

    public bool StartsWith(string s) => string.CompareOrdinal(Text, Offset, s, 0, s.Length) == 0;

    public void Advance()
    {
        if (Offset >= Text.Length)
        {
            return;
        }

        if (Text[Offset] == '\n')
        {
            Line++;
            lineStart = Offset + 1;
        }

        Offset++;
    }

    public void Advance(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Advance();
        }
    }

    /// <summary>Moves forward to <paramref name="offset"/>, counting the newlines passed.</summary>
    public void AdvanceTo(int offset)
    {
        while (Offset < offset && Offset < Text.Length)
        {
            Advance();
        }
    }

    /// <summary>Spaces, tabs and a carriage return before a newline.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r';

    public void SkipSpaces()
    {
        while (Offset < Text.Length && IsSpace(Text[Offset]))
        {
            Offset++;
        }
    }

    /// <summary>Skips spaces, newlines (blank lines included); stops at the first other character.</summary>
    public void SkipBlank()
    {
        while (Offset < Text.Length && (IsSpace(Text[Offset]) || Text[Offset] == '\n'))
        {
            Advance();
        }
    }

    /// <summary>Moves past the end of the current line (its newline included).</summary>
    public void SkipLine()
    {
        while (Offset < Text.Length && Text[Offset] != '\n')
        {
            Offset++;
        }

        Advance();
    }

    public static bool IsIdentStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsIdentPart(char c) => IsIdentStart(c) || c is >= '0' and <= '9';

    /// <summary><c>[A-Za-z_][A-Za-z0-9_]*</c>, or null when the cursor is not on one.</summary>
    public string? ReadIdentifier()
    {
        if (!IsIdentStart(Peek()))
        {
            return null;
        }

        var start = Offset;
        while (Offset < Text.Length && IsIdentPart(Text[Offset]))
        {
            Offset++;
        }

        return Text[start..Offset];
    }

    /// <summary>A dotted keyword such as <c>db.query</c> or <c>ai.external.mcp.tool.list</c>.</summary>
    public string? ReadKeyword()
    {
        var first = ReadIdentifier();
        if (first is null)
        {
            return null;
        }

        var start = Offset - first.Length;
        while (Peek() == '.' && IsIdentStart(Peek(1)))
        {
            Offset++;
            ReadIdentifier();
        }

        return Text[start..Offset];
    }

    /// <summary>The whitespace that starts the current line: its cost is the indentation's length, not the line's.</summary>
    public string LineIndent()
    {
        var end = lineStart;
        while (end < Text.Length && (Text[end] == ' ' || Text[end] == '\t'))
        {
            end++;
        }

        return Text[lineStart..end];
    }
}
