using System.Text;

namespace XanoLink.XanoScript.Syntax;

/// <summary>
/// Writes syntax as Xano's own tools do (Git Sync, <c>xano workspace pull</c>): two spaces per level, every block
/// over several lines, names bare when they are identifiers and quoted otherwise, and a blank line after a member
/// that spans lines, before a member that carries comments, and (in a construct's own block) before a block that
/// follows an attribute. A blank line holds the indentation of the block it is in, as Xano writes it. Expressions
/// are written as they were read. These rules were checked against 536 files pulled from Xano.
/// </summary>
internal static class XsPrinter
{
    private const string Step = "  ";

    /// <summary>One document, without a trailing newline (Xano writes none).</summary>
    public static string Document(XsDocumentSyntax document)
    {
        var builder = new StringBuilder();
        if (document.OpaqueText is { } opaque)
        {
            Comments(builder, document.Root.Comments, "");
            builder.Append(opaque);
        }
        else
        {
            Member(builder, document.Root, "", Place.Root);
        }

        if (document.EndComments is { } end)
        {
            foreach (var line in end)
            {
                builder.Append('\n').Append("//").Append(line);
            }
        }

        return builder.ToString();
    }

    /// <summary>Documents joined by lines of <c>---</c>.</summary>
    public static string File(IEnumerable<string> documents, bool endWithNewline)
    {
        var text = string.Join("\n---\n", documents);
        return endWithNewline ? text + "\n" : text;
    }

    private static void Comments(StringBuilder builder, List<string>? comments, string indent)
    {
        if (comments is null)
        {
            return;
        }

        foreach (var line in comments)
        {
            builder.Append(indent).Append("//").Append(line).Append('\n');
        }
    }

    // Where a block is: Xano's table printer ends a field's block differently from the input printer.
    private enum Place
    {
        Other,
        Root,
        ConstructBody,
        TableBody,
        TableSchema,
        TableField,
    }

    private static void Member(StringBuilder builder, XsMember member, string indent, Place place = Place.Other)
    {
        Comments(builder, member.Comments, indent);
        builder.Append(indent);
        switch (member)
        {
            case XsAttribute attribute:
                builder.Append(IsIdentifier(attribute.Name) ? attribute.Name : XsStrings.Quote(attribute.Name)).Append(" = ");
                Expression(builder, attribute.Value, indent);
                break;
            case XsNode node:
                Node(builder, node, indent, place);
                break;
            case XsDeclaration declaration:
                Declaration(builder, declaration, indent, place);
                break;
            case XsOpaque opaque:
                builder.Append(XsStrings.Indented(opaque.Text, indent));
                break;
        }

        if (member.EndComment is { } end)
        {
            builder.Append(" //").Append(end);
        }
    }

    private static void Expression(StringBuilder builder, XsExpr expr, string indent) =>
        builder.Append(XsStrings.Indented(expr.Text, indent));

    private static void Node(StringBuilder builder, XsNode node, string indent, Place place)
    {
        if (node.Disabled)
        {
            builder.Append('!');
        }

        builder.Append(node.Keyword);
        foreach (var arg in node.Args)
        {
            builder.Append(' ');
            switch (arg.Kind)
            {
                case XsArgKind.Name:
                    builder.Append(IsIdentifier(arg.Text) ? arg.Text : XsStrings.Quote(arg.Text));
                    break;
                case XsArgKind.Variable:
                    builder.Append('$').Append(arg.Text);
                    break;
                case XsArgKind.Paren:
                    builder.Append('(');
                    Expression(builder, arg.Expr!, indent);
                    builder.Append(')');
                    break;
                case XsArgKind.If:
                    builder.Append("if (");
                    Expression(builder, arg.Expr!, indent);
                    builder.Append(')');
                    break;
                case XsArgKind.KeyValue:
                    builder.Append(arg.Key).Append('=').Append(IsBareValue(arg.Text) ? arg.Text : XsStrings.Quote(arg.Text));
                    break;
            }
        }

        var asBefore = node.As is not null && node.Body is not null && node.AsBeforeBody;
        if (asBefore)
        {
            builder.Append(" as $").Append(node.As);
        }

        if (node.Body is { } body)
        {
            builder.Append(" {");
            var inner = place == Place.TableBody && node.Keyword == "schema" ? Place.TableSchema
                : place == Place.Root && node.Keyword == "table" ? Place.TableBody
                : place == Place.Root ? Place.ConstructBody
                : Place.Other;
            Body(builder, body, indent, inner);
            builder.Append('}');
        }

        if (node.As is not null && !asBefore)
        {
            builder.Append(" as $").Append(node.As);
        }

        if (node.Break)
        {
            builder.Append(" break");
        }
    }

    private static void Declaration(StringBuilder builder, XsDeclaration declaration, string indent, Place place)
    {
        builder.Append(declaration.Type);
        if (declaration.List is not null)
        {
            builder.Append('[').Append(declaration.List).Append(']');
        }

        if (declaration.Nullable)
        {
            builder.Append('?');
        }

        if (declaration.Name is not null)
        {
            builder.Append(' ').Append(IsIdentifierPart(declaration.Name) ? declaration.Name : XsStrings.Quote(declaration.Name));
            if (declaration.Optional)
            {
                builder.Append('?');
            }

            if (declaration.Default is { } value)
            {
                builder.Append('=');
                Expression(builder, value, indent);
            }

            if (declaration.Filters is not null)
            {
                builder.Append(" filters=").Append(declaration.Filters);
            }
        }

        if (declaration.Body is { } body)
        {
            builder.Append(" {");
            Body(builder, body, indent, place == Place.TableSchema ? Place.TableField : Place.Other);
            builder.Append('}');
        }
    }

    /// <summary>A block's members, from after its "{" to just before its "}".</summary>
    private static void Body(StringBuilder builder, XsBody body, string indent, Place place = Place.Other)
    {
        var inner = indent + Step;
        builder.Append('\n');
        XsMember? previous = null;
        var previousMultiline = false;
        foreach (var member in body.Members)
        {
            if (previous is not null)
            {
                if (previousMultiline || member.Comments is not null || (place is Place.ConstructBody or Place.TableBody && OpensBlockAfterAttribute(previous, member)))
                {
                    builder.Append(indent).Append('\n');
                }
            }

            var start = builder.Length;
            Member(builder, member, inner, place);
            previousMultiline = member is XsAttribute attribute
                ? OpensLiteral(attribute.Value)
                : builder.ToString(start, builder.Length - start).Contains('\n', StringComparison.Ordinal);
            builder.Append('\n');
            previous = member;
        }

        if (place == Place.TableField && previousMultiline && previous is XsAttribute)
        {
            // Xano closes a table field's block with a blank line after a multi-line attribute (an enum's values).
            builder.Append(indent).Append('\n');
        }

        if (body.EndComments is { } end)
        {
            if (previous is not null)
            {
                builder.Append(indent).Append('\n');
            }

            foreach (var line in end)
            {
                builder.Append(inner).Append("//").Append(line).Append('\n');
            }
        }

        builder.Append(indent);
    }

    /// <summary>An object or array literal written over lines: "{" or "[" alone on the first line.</summary>
    private static bool OpensLiteral(XsExpr value) =>
        value.Text.Length > 1 && value.Text[0] is '{' or '[' && value.Text[1] == '\n';

    private static bool OpensBlockAfterAttribute(XsMember previous, XsMember member) =>
        previous is XsAttribute && (member is XsNode { Body: not null } || (member is XsOpaque opaque && opaque.Text.Contains('\n', StringComparison.Ordinal)));

    /// <summary>Names Xano writes without quotes.</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && XsCursor.IsIdentStart(text[0]) && IsIdentifierPart(text);

    private static bool IsIdentifierPart(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!XsCursor.IsIdentPart(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBareValue(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (XsCursor.IsSpace(c) || c is '\n' or '{' or '}' or '"')
            {
                return false;
            }
        }

        return true;
    }
}
