namespace XanoLink.Selection;

/// <summary>
/// Name patterns of the manifest: <c>*</c> within one segment, <c>**</c> across segments, <c>?</c> one character.
/// Matching simulates the pattern's automaton over the name, one character at a time with every live state at once,
/// so it never backtracks: its cost is at most the name's length times the pattern's, whatever the pattern
/// (a backtracking matcher takes minutes on <c>*a*a*a*a*a*a*a*a*a*a*c</c> against forty letters).
/// </summary>
public sealed class Glob
{
    // Above this many states the live-state sets go on the heap instead of the stack.
    private const int MaxStackStates = 256;

    private readonly Token[]? tokens;

    private Glob(string pattern, Token[]? tokens)
    {
        Pattern = pattern;
        this.tokens = tokens;
        var wildcard = pattern.IndexOfAny(['*', '?']);
        LiteralPrefix = wildcard < 0 ? pattern : pattern[..wildcard];
    }

    private enum TokenKind
    {
        Literal,

        /// <summary><c>?</c>: one character other than '/'.</summary>
        One,

        /// <summary><c>*</c>: any run of characters other than '/'.</summary>
        Star,

        /// <summary><c>**</c> not followed by '/': any run of characters.</summary>
        Any,

        /// <summary><c>**/</c>: nothing, or any run of characters ending with '/' (whole segments).</summary>
        Segments,
    }

    public string Pattern { get; }

    /// <summary>The text before the first wildcard: every name the glob matches starts with it.</summary>
    public string LiteralPrefix { get; }

    public bool IsLiteral => tokens is null;

    public static bool IsValid(string pattern) =>
        pattern.Length > 0 && !pattern.Contains('\\', StringComparison.Ordinal) && !pattern.StartsWith('/') && !pattern.Split('/').Any(s => s is "" or "." or "..");

    public static Glob Parse(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?']) < 0)
        {
            return new Glob(pattern, null);
        }

        var tokens = new List<Token>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "a/**" matches everything below a; "**/b" matches b at any depth.
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                tokens.Add(new Token(slashAfter ? TokenKind.Segments : TokenKind.Any, '\0'));
                i += slashAfter ? 2 : 1;
            }
            else
            {
                tokens.Add(c switch
                {
                    '*' => new Token(TokenKind.Star, '\0'),
                    '?' => new Token(TokenKind.One, '\0'),
                    _ => new Token(TokenKind.Literal, c),
                });
            }
        }

        return new Glob(pattern, tokens.ToArray());
    }

    /// <summary>
    /// The names that match, in order, from names sorted ordinally. Only the run of names that start with
    /// <see cref="LiteralPrefix"/> is tested, so a manifest with a glob per API group stays linear in the workspace's size.
    /// </summary>
    public IReadOnlyList<string> MatchesIn(string[] sortedNames)
    {
        var start = Array.BinarySearch(sortedNames, LiteralPrefix, StringComparer.Ordinal);
        var matched = new List<string>();
        for (var i = start < 0 ? ~start : start; i < sortedNames.Length && sortedNames[i].StartsWith(LiteralPrefix, StringComparison.Ordinal); i++)
        {
            if (Matches(sortedNames[i]))
            {
                matched.Add(sortedNames[i]);
            }
        }

        return matched;
    }

    public bool Matches(string name) => tokens is null ? string.Equals(name, Pattern, StringComparison.Ordinal) : Simulate(tokens, name);

    /// <summary>
    /// State t means "the first t tokens matched"; a <see cref="TokenKind.Segments"/> token t also has an inner state
    /// (at <c>tokens.Length + 1 + t</c>): inside its run, before the '/' that ends it.
    /// </summary>
    private static bool Simulate(Token[] tokens, string name)
    {
        var count = (2 * tokens.Length) + 1;
        Span<bool> current = count <= MaxStackStates ? stackalloc bool[count] : new bool[count];
        Span<bool> next = count <= MaxStackStates ? stackalloc bool[count] : new bool[count];
        var end = tokens.Length;
        current[0] = true;
        Close(tokens, current);
        foreach (var c in name)
        {
            next.Clear();
            var live = false;
            for (var t = 0; t < end; t++)
            {
                var inner = current[end + 1 + t];
                if (!current[t] && !inner)
                {
                    continue;
                }

                var token = tokens[t];
                var advance = false;
                var stay = false;
                if (current[t])
                {
                    (advance, stay) = token.Kind switch
                    {
                        TokenKind.Literal => (c == token.Char, false),
                        TokenKind.One => (c != '/', false),
                        TokenKind.Star => (false, c != '/'),
                        TokenKind.Any => (false, true),
                        _ => (c == '/', false),
                    };
                }

                if (token.Kind == TokenKind.Segments)
                {
                    // Entered or already inside the run: any character keeps it going, a '/' may also end it.
                    next[end + 1 + t] = true;
                    advance |= c == '/';
                    live = true;
                }

                next[t] |= stay;
                next[t + 1] |= advance;
                live |= stay || advance;
            }

            if (!live)
            {
                return false;
            }

            Close(tokens, next);
            var swap = current;
            current = next;
            next = swap;
        }

        return current[end];
    }

    /// <summary>Adds the states reached without reading: past a <c>*</c>, <c>**</c> or <c>**/</c> that matches nothing.</summary>
    private static void Close(Token[] tokens, Span<bool> states)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            if (states[t] && tokens[t].Kind is TokenKind.Star or TokenKind.Any or TokenKind.Segments)
            {
                states[t + 1] = true;
            }
        }
    }

    private readonly record struct Token(TokenKind Kind, char Char);
}
