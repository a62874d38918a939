using XanoLink.Diagnostics;

namespace XanoLink.XanoScript.Syntax;

/// <summary>Where an expression stands, which decides what ends it.</summary>
internal enum XsContext
{
    /// <summary><c>name = value</c> in a block: ends at the end of the line (unless the next line goes on with
    /// <c>|</c> or an operator), or at a <c>}</c> of a one-line block.</summary>
    Attribute,

    /// <summary>Inside <c>( ... )</c>: ends at the closing parenthesis.</summary>
    Paren,

    /// <summary>A value in an object literal: ends at <c>,</c>, <c>}</c> or the end of the line.</summary>
    ObjectValue,

    /// <summary>An element of an array literal: ends at <c>,</c>, <c>]</c> or the end of the line.</summary>
    ArrayElement,

    /// <summary>A field's default after <c>?=</c>: ends at the first space outside brackets.</summary>
    Default,
}

/// <summary>A syntax error found while reading: what, where, and the code to report.</summary>
internal sealed record XsError(DiagnosticDescriptor Descriptor, XsPos Pos, string Message);

/// <summary>
/// Finds where an expression ends without evaluating it: strings (plain, triple-quoted, backtick), brackets and
/// comments are skipped as units, and the context says which character or line end closes the expression.
/// Linear in the length of the expression; brackets nest at most <see cref="MaxDepth"/> deep.
/// </summary>
internal static class XsExpressionScanner
{
    public const int MaxDepth = 128;

    /// <summary>Scans from the cursor; returns the end offset (exclusive, trailing spaces left out) or an error.</summary>
    public static (int End, XsError? Error) Scan(XsCursor cursor, XsContext context) => Scan(cursor, context, out _);

    /// <summary>As <see cref="Scan(XsCursor, XsContext)"/>; <paramref name="endsWithOperator"/> tells whether the text
    /// scanned ends with an operator, after which a new line would go on with the expression.</summary>
    public static (int End, XsError? Error) Scan(XsCursor cursor, XsContext context, out bool endsWithOperator)
    {
        var closers = new Stack<(char Closer, XsPos Pos)>();
        var start = cursor.Offset;
        var end = start;
        endsWithOperator = false;
        while (true)
        {
            var c = cursor.Peek();
            if (cursor.AtEnd)
            {
                if (closers.Count > 0)
                {
                    var (closer, pos) = closers.Peek();
                    return (end, new XsError(DiagnosticCatalog.XsUnclosedBracket, pos, $"this bracket is never closed: expected '{closer}' before the end of the file; add it"));
                }

                return (end, null);
            }

            if (c == '\n')
            {
                if (closers.Count > 0 || context == XsContext.Paren)
                {
                    cursor.Advance();
                    continue;
                }

                var next = context == XsContext.Default || end == start ? -1 : GoesOn(cursor, context, endsWithOperator);
                if (next < 0)
                {
                    return (end, null);
                }

                // Straight to the line that goes on: blank lines between are looked at once, not once each.
                cursor.AdvanceTo(next);
                continue;
            }

            if (XsCursor.IsSpace(c))
            {
                if (context == XsContext.Default && closers.Count == 0)
                {
                    return (end, null);
                }

                cursor.Advance();
                continue;
            }

            if (closers.Count == 0 && Ends(context, c))
            {
                return (end, null);
            }

            if (c == '/' && cursor.Peek(1) == '/')
            {
                if (closers.Count == 0)
                {
                    return (end, null);
                }

                while (!cursor.AtEnd && cursor.Peek() != '\n')
                {
                    cursor.Advance();
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' or '`':
                    {
                        var error = SkipString(cursor);
                        if (error is not null)
                        {
                            return (end, error);
                        }

                        endsWithOperator = false;
                        end = cursor.Offset;
                        continue;
                    }

                case '(' or '[' or '{':
                    if (closers.Count >= MaxDepth)
                    {
                        return (end, new XsError(DiagnosticCatalog.XsNestingTooDeep, cursor.Pos, $"brackets are nested deeper than {MaxDepth} levels; split the expression into variables"));
                    }

                    closers.Push((c == '(' ? ')' : c == '[' ? ']' : '}', cursor.Pos));
                    endsWithOperator = true;
                    break;
                case ')' or ']' or '}':
                    if (closers.Count == 0)
                    {
                        return (end, new XsError(DiagnosticCatalog.XsUnexpected, cursor.Pos, $"unexpected '{c}': it closes nothing; remove it or add the opening bracket"));
                    }

                    if (closers.Peek().Closer != c)
                    {
                        var (closer, pos) = closers.Peek();
                        return (end, new XsError(DiagnosticCatalog.XsUnclosedBracket, cursor.Pos, $"expected '{closer}' to close the bracket at line {pos.Line}, column {pos.Column}, but found '{c}'"));
                    }

                    closers.Pop();
                    endsWithOperator = false;
                    break;
                default:
                    endsWithOperator = IsOperator(c);
                    break;
            }

            cursor.Advance();
            end = cursor.Offset;
        }
    }

    private static bool Ends(XsContext context, char c) => context switch
    {
        XsContext.Attribute => c is '}' or ',' or ')' or ']',
        XsContext.Paren => c is ')' or '}' or ']',
        XsContext.ObjectValue => c is ',' or '}' or ')' or ']',
        XsContext.ArrayElement => c is ',' or ']' or ')' or '}',
        XsContext.Default => c is '}',
        _ => false,
    };

    private static bool IsOperator(char c) => c is '+' or '-' or '*' or '/' or '%' or '~' or '|' or '&' or '=' or '<' or '>' or '!' or '?' or ':' or '.';

    /// <summary>
    /// At the end of a line outside brackets: does the expression go on? It does after a trailing operator, and
    /// when the next line starts with <c>|</c> (a filter chain broken over lines, as Xano writes it) or, for an
    /// attribute, with another binary operator.
    /// </summary>
    /// <returns>The offset of the first character of the line that goes on, or -1.</returns>
    private static int GoesOn(XsCursor cursor, XsContext context, bool endsWithOperator)
    {
        var text = cursor.Text;
        var i = cursor.Offset;
        while (i < text.Length && (text[i] == '\n' || XsCursor.IsSpace(text[i])))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return -1;
        }

        if (endsWithOperator)
        {
            return i;
        }

        var c = text[i];
        if (c == '|')
        {
            return i;
        }

        if (context != XsContext.Attribute)
        {
            return -1;
        }

        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var goesOn = c switch
        {
            '/' => next != '/',
            '&' or '?' or '~' or '+' or '*' or '%' or '<' or '>' or ':' => true,
            '=' => next == '=',
            '!' => next == '=',
            _ => false,
        };
        return goesOn ? i : -1;
    }

    /// <summary>Skips one bracketed group starting at the cursor (<c>[...]</c>, <c>(...)</c>, <c>{...}</c>), strings included.</summary>
    public static XsError? SkipGroup(XsCursor cursor)
    {
        var open = cursor.Pos;
        var closers = new Stack<char>();
        while (!cursor.AtEnd)
        {
            var c = cursor.Peek();
            if (c is '"' or '\'' or '`')
            {
                var error = SkipString(cursor);
                if (error is not null)
                {
                    return error;
                }

                continue;
            }

            if (c is '(' or '[' or '{')
            {
                if (closers.Count >= MaxDepth)
                {
                    return new XsError(DiagnosticCatalog.XsNestingTooDeep, cursor.Pos, $"brackets are nested deeper than {MaxDepth} levels; split the expression into variables");
                }

                closers.Push(c == '(' ? ')' : c == '[' ? ']' : '}');
            }
            else if (c is ')' or ']' or '}')
            {
                if (closers.Count == 0 || closers.Pop() != c)
                {
                    return new XsError(DiagnosticCatalog.XsUnclosedBracket, open, "this bracket is not closed by the matching bracket; check the brackets of the variable");
                }

                if (closers.Count == 0)
                {
                    cursor.Advance();
                    return null;
                }
            }

            cursor.Advance();
        }

        return new XsError(DiagnosticCatalog.XsUnclosedBracket, open, "this bracket is never closed; add the closing bracket");
    }

    /// <summary>Skips a string starting at the cursor: "...", '...', `...`, or a triple-quoted one of each.</summary>
    public static XsError? SkipString(XsCursor cursor)
    {
        var quote = cursor.Peek();
        var start = cursor.Pos;
        if (cursor.Peek(1) == quote && cursor.Peek(2) == quote)
        {
            var fence = new string(quote, 3);
            cursor.Advance(3);
            var close = cursor.Text.IndexOf(fence, cursor.Offset, StringComparison.Ordinal);
            if (close < 0)
            {
                return new XsError(DiagnosticCatalog.XsUnterminatedString, start, $"this {fence} text is never closed; add a line ending with {fence}");
            }

            cursor.AdvanceTo(close + 3);
            return null;
        }

        cursor.Advance();
        while (!cursor.AtEnd)
        {
            var c = cursor.Peek();
            if (c == '\\')
            {
                cursor.Advance(2);
                continue;
            }

            cursor.Advance();
            if (c == quote)
            {
                return null;
            }
        }

        return new XsError(DiagnosticCatalog.XsUnterminatedString, start, $"this string is never closed: expected a closing {quote}; add it");
    }
}
