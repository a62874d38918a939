using XanoLink.Diagnostics;

namespace XanoLink.XanoScript.Syntax;

/// <summary>A whole file read into syntax: its documents, the syntax errors, and whether it ends with a newline.</summary>
internal sealed record XsSyntaxFile(IReadOnlyList<XsDocumentSyntax> Documents, IReadOnlyList<XsError> Errors, bool EndsWithNewline);

/// <summary>
/// Hand-written recursive descent over XanoScript text. Generic by design: every construct and statement has the
/// shape <c>keyword args { body } as $var</c>, a body holds attributes (<c>name = value</c>), nested nodes and
/// comments, and <c>input</c>/<c>schema</c>/<c>output</c> bodies hold field declarations. Which keywords XanoLink
/// knows is decided later (the model reader); here only the shape matters. A syntax error is reported and the
/// parser goes on at the next member (line) or the next document. Blocks nest at most
/// <see cref="XsExpressionScanner.MaxDepth"/> deep; deeper input is an error, not a stack overflow.
/// </summary>
internal sealed class XsParser
{
    private readonly XsCursor cursor;
    private readonly List<XsError> errors = [];
    private int depth;

    private XsParser(string text)
    {
        cursor = new XsCursor(text);
    }

    public static XsSyntaxFile Parse(string text)
    {
        var parser = new XsParser(text);
        var documents = parser.Documents();
        var trimmed = text.TrimEnd(' ', '\t', '\r');
        return new XsSyntaxFile(documents, parser.errors, trimmed.EndsWith('\n'));
    }

    /// <summary>Would <c>$</c> + <paramref name="text"/> be read back as exactly this variable (after as, or as an argument)?</summary>
    public static bool IsVariableText(string text)
    {
        if (text.Length == 0 || text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var parser = new XsParser("$" + text + " {");
        return parser.Variable() == text && parser.errors.Count == 0;
    }

    private void Error(DiagnosticDescriptor descriptor, XsPos pos, string message) => errors.Add(new XsError(descriptor, pos, message));

    private List<XsDocumentSyntax> Documents()
    {
        var documents = new List<XsDocumentSyntax>();
        List<string>? pending = null;
        var docStart = -1;
        var docLine = 0;
        XsDocumentSyntax? current = null;
        while (true)
        {
            cursor.SkipBlank();
            if (cursor.AtEnd)
            {
                break;
            }

            if (AtSeparator())
            {
                if (current is null && pending is not null)
                {
                    Error(DiagnosticCatalog.XsNoConstruct, cursor.Pos, "this document holds only comments; add a construct (function, query, table, ...) or remove the ---");
                }

                current = null;
                pending = null;
                docStart = -1;
                cursor.SkipLine();
                continue;
            }

            var lineStart = cursor.Offset;
            if (cursor.StartsWith("//"))
            {
                if (docStart < 0)
                {
                    docStart = lineStart;
                    docLine = cursor.Line;
                }

                (pending ??= []).Add(CommentText());
                continue;
            }

            var pos = cursor.Pos;
            var keyword = cursor.ReadKeyword();
            if (keyword is null)
            {
                Error(DiagnosticCatalog.XsUnexpected, pos, $"expected a construct such as 'function \"name\" {{' but found '{Shown(cursor.Peek())}'; a file holds constructs separated by lines of ---");
                SkipToDocumentEnd();
                pending = null;
                docStart = -1;
                current = null;
                continue;
            }

            if (current is not null)
            {
                Error(DiagnosticCatalog.XsTwoConstructs, pos, $"a second construct '{keyword}' in the same document; put each construct in its own file, or separate documents with a line ---");
            }

            if (docStart < 0)
            {
                docStart = lineStart;
                docLine = pos.Line;
            }

            var errorsBefore = errors.Count;
            var root = Node(keyword, pos, lineStart);
            root.Comments = pending;
            pending = null;
            current = new XsDocumentSyntax(root) { Start = docStart, Line = docLine };
            documents.Add(current);
            EndOfMember(root);

            // Comments after the construct belong to it when the document ends there.
            var end = cursor.Offset;
            List<string>? after = null;
            while (true)
            {
                var save = cursor.Offset;
                cursor.SkipBlank();
                if (cursor.StartsWith("//"))
                {
                    (after ??= []).Add(CommentText());
                    end = cursor.Offset;
                    continue;
                }

                if (cursor.AtEnd || AtSeparator())
                {
                    current.EndComments = after;
                    break;
                }

                // Another construct follows without a separator: the comments lead it.
                pending = after;
                cursor.AdvanceTo(save);
                break;
            }

            current.Length = TrimmedEnd(end) - docStart;
            current.HasErrors = errors.Count > errorsBefore;
            docStart = -1;
        }

        if (pending is not null && current is null)
        {
            Error(DiagnosticCatalog.XsNoConstruct, cursor.Pos, "the file ends with comments but no construct; add a construct (function, query, table, ...) or remove them");
        }

        return documents;
    }

    private int TrimmedEnd(int end)
    {
        var text = cursor.Text;
        while (end > 0 && (XsCursor.IsSpace(text[end - 1]) || text[end - 1] == '\n'))
        {
            end--;
        }

        return end;
    }

    private bool AtSeparator()
    {
        if (cursor.Pos.Column != 1 || !cursor.StartsWith("---"))
        {
            return false;
        }

        var i = cursor.Offset + 3;
        var text = cursor.Text;
        while (i < text.Length && XsCursor.IsSpace(text[i]))
        {
            i++;
        }

        return i >= text.Length || text[i] == '\n';
    }

    private void SkipToDocumentEnd()
    {
        while (!cursor.AtEnd && !AtSeparator())
        {
            cursor.SkipLine();
        }
    }

    /// <summary>The text of a comment at the cursor (after "//", trailing spaces kept but not the CR); moves past the line.</summary>
    private string CommentText()
    {
        cursor.Advance(2);
        var start = cursor.Offset;
        var text = cursor.Text;
        var end = start;
        while (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        var stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
        cursor.AdvanceTo(end);
        cursor.Advance();
        return text[start..stop];
    }

    private static string Shown(char c) => c switch
    {
        '\0' => "end of file",
        '\n' => "end of line",
        _ => c.ToString(),
    };

    /// <summary>A node after its keyword: arguments, optional block, optional <c>as $var</c> and <c>break</c>.</summary>
    private XsNode Node(string keyword, XsPos pos, int start)
    {
        var node = new XsNode(keyword) { Pos = pos, Start = start, Indent = cursor.LineIndent() };
        var declarations = keyword is "input" or "schema" or "output";
        while (true)
        {
            cursor.SkipSpaces();
            var c = cursor.Peek();
            if (cursor.AtEnd || c == '\n' || c == '}' || (c == '/' && cursor.Peek(1) == '/'))
            {
                break;
            }

            if (c == '{')
            {
                node.Body = Body(declarations);
                cursor.SkipSpaces();
                var save = cursor.Offset;
                var word = cursor.ReadIdentifier();
                if (word == "as" && node.As is null)
                {
                    node.As = Variable();
                }
                else if (word == "break")
                {
                    node.Break = true;
                }
                else
                {
                    cursor.AdvanceTo(save);
                }

                break;
            }

            if (!Argument(node))
            {
                SkipMember();
                break;
            }
        }

        node.End = cursor.Offset;
        return node;
    }

    /// <summary>One header argument; false (after reporting) when the text is not one.</summary>
    private bool Argument(XsNode node)
    {
        var c = cursor.Peek();
        var pos = cursor.Pos;
        switch (c)
        {
            case '"':
                {
                    var value = StringLiteral();
                    if (value is null)
                    {
                        return false;
                    }

                    node.Args.Add(new XsArg(XsArgKind.Name, value));
                    return true;
                }

            case '$':
                node.Args.Add(new XsArg(XsArgKind.Variable, Variable() ?? ""));
                return true;
            case '(':
                {
                    var expr = Paren();
                    if (expr is null)
                    {
                        return false;
                    }

                    node.Args.Add(new XsArg(XsArgKind.Paren, expr.Text, expr));
                    return true;
                }
        }

        if (XsCursor.IsIdentPart(c) || c == '-')
        {
            var start = cursor.Offset;
            while (XsCursor.IsIdentPart(cursor.Peek()) || cursor.Peek() == '-')
            {
                cursor.Advance();
            }

            var word = cursor.Text[start..cursor.Offset];
            if (word == "as")
            {
                node.As = Variable();
                node.AsBeforeBody = true;
                return node.As is not null;
            }

            if (word == "if")
            {
                cursor.SkipSpaces();
                if (cursor.Peek() == '(')
                {
                    var expr = Paren();
                    if (expr is null)
                    {
                        return false;
                    }

                    node.Args.Add(new XsArg(XsArgKind.If, expr.Text, expr));
                    return true;
                }
            }

            if (cursor.Peek() == '=')
            {
                cursor.Advance();
                var valueStart = cursor.Offset;
                if (cursor.Peek() == '"')
                {
                    var quoted = StringLiteral();
                    if (quoted is null)
                    {
                        return false;
                    }

                    node.Args.Add(new XsArg(XsArgKind.KeyValue, quoted, Key: word));
                    return true;
                }

                while (!cursor.AtEnd && !XsCursor.IsSpace(cursor.Peek()) && cursor.Peek() is not ('\n' or '{' or '}'))
                {
                    cursor.Advance();
                }

                if (cursor.Offset == valueStart)
                {
                    Error(DiagnosticCatalog.XsExpectedValue, cursor.Pos, $"expected a value after '{word}='; write for example verb=GET");
                    return false;
                }

                node.Args.Add(new XsArg(XsArgKind.KeyValue, cursor.Text[valueStart..cursor.Offset], Key: word));
                return true;
            }

            node.Args.Add(new XsArg(XsArgKind.Name, word));
            return true;
        }

        Error(DiagnosticCatalog.XsUnexpected, pos, $"unexpected '{Shown(c)}' after '{node.Keyword}': expected a name, a $variable, a (condition), a block {{ ... }} or the end of the line");
        return false;
    }

    /// <summary><c>$name.path</c> at the cursor (after optional spaces); returns the text without <c>$</c>.</summary>
    private string? Variable()
    {
        cursor.SkipSpaces();
        var pos = cursor.Pos;
        if (cursor.Peek() != '$')
        {
            Error(DiagnosticCatalog.XsExpectedValue, pos, $"expected a $variable after 'as' but found '{Shown(cursor.Peek())}'; write as $name");
            return null;
        }

        cursor.Advance();
        var start = cursor.Offset;
        while (!cursor.AtEnd && !XsCursor.IsSpace(cursor.Peek()) && cursor.Peek() is not ('\n' or '{' or '}' or '('))
        {
            if (cursor.Peek() == '[')
            {
                // $list[$i + 1]: an index may hold spaces.
                var error = XsExpressionScanner.SkipGroup(cursor);
                if (error is not null)
                {
                    errors.Add(error);
                    return null;
                }

                continue;
            }

            cursor.Advance();
        }

        return cursor.Text[start..cursor.Offset];
    }

    /// <summary><c>( expression )</c> at the cursor; the expression without the parentheses.</summary>
    private XsExpr? Paren()
    {
        var open = cursor.Pos;
        cursor.Advance();
        cursor.SkipBlank();
        var expr = cursor.Peek() == ')' ? new XsExpr("", cursor.Pos) : Expression(XsContext.Paren);
        if (expr is null)
        {
            return null;
        }

        cursor.SkipBlank();
        if (cursor.Peek() != ')')
        {
            Error(DiagnosticCatalog.XsUnclosedBracket, open, $"expected ')' to close the '(' here, but found '{Shown(cursor.Peek())}'");
            return null;
        }

        cursor.Advance();
        return expr;
    }

    /// <summary>A double-quoted string at the cursor, unescaped; null after reporting when it is not closed.</summary>
    private string? StringLiteral()
    {
        var start = cursor.Offset;
        var error = XsExpressionScanner.SkipString(cursor);
        if (error is not null)
        {
            errors.Add(error);
            return null;
        }

        return XsStrings.Unquote(cursor.Text.AsSpan(start, cursor.Offset - start));
    }

    /// <summary>An expression in the given context, its text made relative to its first line's indentation.</summary>
    private XsExpr? Expression(XsContext context)
    {
        var start = cursor.Offset;
        var pos = cursor.Pos;
        var indent = cursor.LineIndent();
        var (end, error) = XsExpressionScanner.Scan(cursor, context);
        if (error is not null)
        {
            errors.Add(error);
            return null;
        }

        if (end == start)
        {
            Error(DiagnosticCatalog.XsExpectedValue, pos, $"expected a value but found '{Shown(cursor.Peek())}'; write a value such as \"text\", 10, $var or {{ key: value }}");
            return null;
        }

        return new XsExpr(XsStrings.Relative(cursor.Text.AsSpan(start, end - start), indent), pos);
    }

    /// <summary>The inside of a block, the cursor on its <c>{</c>; stops after the matching <c>}</c>.</summary>
    private XsBody Body(bool declarations)
    {
        var open = cursor.Pos;
        var body = new XsBody();
        cursor.Advance();
        if (depth >= XsExpressionScanner.MaxDepth)
        {
            Error(DiagnosticCatalog.XsNestingTooDeep, open, $"blocks are nested deeper than {XsExpressionScanner.MaxDepth} levels; move part of the logic into a function");
            SkipRest(1);
            return body;
        }

        depth++;
        List<string>? pending = null;
        while (true)
        {
            cursor.SkipBlank();
            if (cursor.AtEnd || AtSeparator())
            {
                // After a string that ran to the end, the missing braces are that error's doing.
                if (!errors.Exists(e => e.Descriptor == DiagnosticCatalog.XsUnterminatedString))
                {
                    Error(DiagnosticCatalog.XsUnclosedBracket, open, "this block is never closed: expected '}' before the end of the document; add it");
                }

                break;
            }

            var c = cursor.Peek();
            if (c == '}')
            {
                cursor.Advance();
                break;
            }

            if (c == '/' && cursor.Peek(1) == '/')
            {
                (pending ??= []).Add(CommentText());
                continue;
            }

            if (c == ',')
            {
                // Commas between attributes (throw { name = "a", value = "b" }) are read and dropped.
                cursor.Advance();
                continue;
            }

            var start = cursor.Offset;
            var member = declarations ? Declaration() : Member();
            if (member is null)
            {
                SkipMember();
                continue;
            }

            member.Comments = pending;
            member.Start = start;
            pending = null;
            EndOfMember(member);
            body.Members.Add(member);
        }

        body.EndComments = pending;
        depth--;
        return body;
    }

    /// <summary>After a member: an end-of-line comment is the member's; anything else must start on the same line.</summary>
    private void EndOfMember(XsMember member)
    {
        cursor.SkipSpaces();
        if (cursor.StartsWith("//"))
        {
            member.EndComment = CommentText();
        }
    }

    /// <summary>An attribute or a nested node in a generic block.</summary>
    private XsMember? Member()
    {
        var pos = cursor.Pos;
        var start = cursor.Offset;
        string? name;
        if (cursor.Peek() == '"')
        {
            name = StringLiteral();
            if (name is null)
            {
                return null;
            }

            cursor.SkipSpaces();
            if (cursor.Peek() != '=')
            {
                Error(DiagnosticCatalog.XsUnexpected, pos, "a quoted name must be followed by '= value'");
                return null;
            }

            return Attribute(name, pos);
        }

        var disabled = cursor.Peek() == '!' && XsCursor.IsIdentStart(cursor.Peek(1));
        if (disabled)
        {
            cursor.Advance();
        }

        name = cursor.ReadKeyword();
        if (name is null)
        {
            Error(DiagnosticCatalog.XsUnexpected, pos, $"unexpected '{Shown(cursor.Peek())}': expected a statement, an attribute (name = value), a comment or '}}'");
            return null;
        }

        cursor.SkipSpaces();
        if (cursor.Peek() == '=' && cursor.Peek(1) != '=' && !disabled)
        {
            return Attribute(name, pos);
        }

        var node = Node(name, pos, start);
        node.Disabled = disabled;
        return node;
    }

    private XsAttribute? Attribute(string name, XsPos pos)
    {
        cursor.Advance();
        cursor.SkipSpaces();
        var value = Expression(XsContext.Attribute);
        return value is null ? null : new XsAttribute(name, value) { Pos = pos, End = cursor.Offset };
    }

    /// <summary><c>type[list]? name?=default filters=... { ... }</c>, or a nameless <c>dblink { ... }</c>.</summary>
    private XsDeclaration? Declaration()
    {
        var pos = cursor.Pos;
        var type = cursor.ReadIdentifier();
        if (type is null)
        {
            Error(DiagnosticCatalog.XsBadDeclaration, pos, $"unexpected '{Shown(cursor.Peek())}': expected a field declaration such as 'text name' or 'int count?=0', a comment or '}}'");
            return null;
        }

        var declaration = new XsDeclaration(type) { Pos = pos };
        if (cursor.Peek() == '[')
        {
            var open = cursor.Offset;
            var close = cursor.Text.IndexOf(']', open);
            var newline = cursor.Text.IndexOf('\n', open);
            if (close < 0 || (newline >= 0 && newline < close))
            {
                Error(DiagnosticCatalog.XsBadDeclaration, cursor.Pos, $"expected ']' to close the list type '{type}['; write {type}[] or {type}[1:10]");
                return null;
            }

            declaration.List = cursor.Text[(open + 1)..close];
            cursor.AdvanceTo(close + 1);
        }

        if (cursor.Peek() == '?')
        {
            declaration.Nullable = true;
            cursor.Advance();
        }

        cursor.SkipSpaces();
        if (cursor.Peek() != '{')
        {
            var namePos = cursor.Pos;
            if (cursor.Peek() == '"')
            {
                declaration.Name = StringLiteral();
                if (declaration.Name is null)
                {
                    return null;
                }
            }
            else
            {
                var start = cursor.Offset;
                while (XsCursor.IsIdentPart(cursor.Peek()))
                {
                    cursor.Advance();
                }

                if (cursor.Offset == start)
                {
                    Error(DiagnosticCatalog.XsBadDeclaration, namePos, $"expected a field name after the type '{type}' but found '{Shown(cursor.Peek())}'; write for example '{type} my_field'");
                    return null;
                }

                declaration.Name = cursor.Text[start..cursor.Offset];
            }

            if (cursor.Peek() == '?')
            {
                declaration.Optional = true;
                cursor.Advance();
            }

            if (cursor.Peek() == '=')
            {
                cursor.Advance();
                declaration.Default = Expression(XsContext.Default);
                if (declaration.Default is null)
                {
                    return null;
                }
            }

            cursor.SkipSpaces();
            if (FiltersKeyword())
            {
                var start = cursor.Offset;
                while (!cursor.AtEnd && !XsCursor.IsSpace(cursor.Peek()) && cursor.Peek() != '\n')
                {
                    cursor.Advance();
                }

                if (cursor.Offset == start)
                {
                    Error(DiagnosticCatalog.XsExpectedValue, cursor.Pos, "expected filters after 'filters='; write for example filters=trim|lower");
                    return null;
                }

                declaration.Filters = cursor.Text[start..cursor.Offset];
            }
        }

        cursor.SkipSpaces();
        if (cursor.Peek() == '{')
        {
            declaration.Body = Body(declarations: false);
        }

        declaration.End = cursor.Offset;
        return declaration;
    }

    /// <summary><c>filters=</c> (spaces around '=' allowed); moves past it when found.</summary>
    private bool FiltersKeyword()
    {
        if (!cursor.StartsWith("filters"))
        {
            return false;
        }

        var i = cursor.Offset + 7;
        var text = cursor.Text;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '=')
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        cursor.AdvanceTo(i);
        return true;
    }

    /// <summary>Error recovery: skips the rest of a member, brackets and strings included, to the next line at this level.</summary>
    private void SkipMember()
    {
        var open = 0;
        while (!cursor.AtEnd)
        {
            var c = cursor.Peek();
            if (c == '\n' && open == 0)
            {
                return;
            }

            if (c == '}' && open == 0)
            {
                return;
            }

            if (c is '"' or '\'' or '`')
            {
                if (XsExpressionScanner.SkipString(cursor) is not null)
                {
                    return;
                }

                continue;
            }

            if (c == '/' && cursor.Peek(1) == '/')
            {
                while (!cursor.AtEnd && cursor.Peek() != '\n')
                {
                    cursor.Advance();
                }

                continue;
            }

            if (c is '{' or '(' or '[')
            {
                open++;
            }
            else if (c is ')' or ']' && open > 0)
            {
                open--;
            }
            else if (c == '}' && open > 0)
            {
                open--;
            }

            cursor.Advance();
        }
    }

    /// <summary>Skips to the <c>}</c> that closes <paramref name="open"/> blocks already entered.</summary>
    private void SkipRest(int open)
    {
        while (!cursor.AtEnd && open > 0)
        {
            var c = cursor.Peek();
            if (c is '"' or '\'' or '`')
            {
                if (XsExpressionScanner.SkipString(cursor) is not null)
                {
                    return;
                }

                continue;
            }

            if (c == '{')
            {
                open++;
            }
            else if (c == '}')
            {
                open--;
            }

            cursor.Advance();
        }
    }
}
