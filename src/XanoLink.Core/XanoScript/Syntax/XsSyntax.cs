namespace XanoLink.XanoScript.Syntax;

// The XanoScript syntax tree: what the parser reads and the printer writes. It holds everything a file says
// except layout (indentation, blank lines, quoting of names), which the printer derives in Xano's own style.
// Expressions are kept as their exact text; comments stay on the member they precede.

/// <summary>Where a piece of syntax starts: 1-based line and column.</summary>
internal readonly record struct XsPos(int Line, int Column);

/// <summary>
/// An expression, kept as written. Lines after the first are stored relative to the indentation of the line the
/// expression starts on (that indentation removed, where a line has it), so the expression can be printed at
/// another depth.
/// </summary>
internal sealed record XsExpr(string Text, XsPos Pos);

/// <summary>Something a block holds: an attribute, a nested node, a declaration or an opaque statement.</summary>
internal abstract class XsMember
{
    /// <summary>Whole-line comments just before the member, each without its leading "//".</summary>
    public List<string>? Comments { get; set; }

    /// <summary>A comment at the end of the member's last line (the reference's examples use them).</summary>
    public string? EndComment { get; set; }

    public XsPos Pos { get; set; }

    /// <summary>Offsets of the member's text in the file (comments excluded); -1 for syntax XanoLink built.</summary>
    public int Start { get; set; } = -1;

    public int End { get; set; } = -1;
}

/// <summary><c>name = value</c>. A name that is not an identifier (only XanoLink writes those) is quoted.</summary>
internal sealed class XsAttribute(string name, XsExpr value) : XsMember
{
    public string Name { get; } = name;

    public XsExpr Value { get; } = value;
}

/// <summary>
/// A construct or statement: <c>keyword args { body } as $var</c>, e.g. <c>db.query user { ... } as $users</c>,
/// <c>foreach ($list) { each as $item { ... } }</c>, <c>query "path" verb=GET { ... }</c>.
/// </summary>
internal sealed class XsNode(string keyword) : XsMember
{
    public string Keyword { get; } = keyword;

    public List<XsArg> Args { get; } = [];

    /// <summary>Null when the node has no braces at all.</summary>
    public XsBody? Body { get; set; }

    /// <summary>The variable after <c>as</c>, without its <c>$</c>.</summary>
    public string? As { get; set; }

    /// <summary><c>each as $item { ... }</c> puts <c>as</c> before the block; statements put it after.</summary>
    public bool AsBeforeBody { get; set; }

    /// <summary><c>case (...) { ... } break</c>.</summary>
    public bool Break { get; set; }

    /// <summary><c>!db.query ...</c>: a statement switched off in Xano's editor.</summary>
    public bool Disabled { get; set; }

    /// <summary>The indentation of the line the node starts on, as read (kept to cut its text out as written).</summary>
    public string Indent { get; set; } = "";
}

/// <summary>An input or schema field: <c>text? name?=default filters=trim { description = "..." }</c>.</summary>
internal sealed class XsDeclaration(string type) : XsMember
{
    public string Type { get; } = type;

    /// <summary>Null when the type is not a list; "" for <c>[]</c>; the bounds text for <c>[1:10]</c>.</summary>
    public string? List { get; set; }

    /// <summary><c>?</c> after the type.</summary>
    public bool Nullable { get; set; }

    /// <summary>Null for a nameless declaration such as <c>dblink { ... }</c>.</summary>
    public string? Name { get; set; }

    /// <summary><c>?</c> after the name.</summary>
    public bool Optional { get; set; }

    public XsExpr? Default { get; set; }

    /// <summary>The text after <c>filters=</c>, exactly as written.</summary>
    public string? Filters { get; set; }

    public XsBody? Body { get; set; }
}

/// <summary>A statement or block XanoLink does not know, kept as its exact text (relative indentation).</summary>
internal sealed class XsOpaque(string keyword, string text) : XsMember
{
    public string Keyword { get; } = keyword;

    public string Text { get; } = text;
}

/// <summary>The inside of <c>{ ... }</c>.</summary>
internal sealed class XsBody
{
    public List<XsMember> Members { get; } = [];

    /// <summary>Comments after the last member, before the closing brace.</summary>
    public List<string>? EndComments { get; set; }
}

internal enum XsArgKind
{
    /// <summary>A name: <c>"user"</c> or <c>user</c>.</summary>
    Name,

    /// <summary>A variable: <c>$total</c>, <c>$updates.name</c> (text without the <c>$</c>).</summary>
    Variable,

    /// <summary>A parenthesised expression: <c>($input.age &gt;= 18)</c>.</summary>
    Paren,

    /// <summary><c>if (...)</c> after a variable: <c>array.filter $list if ($this &gt; 2)</c>.</summary>
    If,

    /// <summary><c>verb=GET</c>.</summary>
    KeyValue,
}

/// <summary>One thing on a node's first line between the keyword and the block.</summary>
internal sealed record XsArg(XsArgKind Kind, string Text, XsExpr? Expr = null, string? Key = null);

/// <summary>One document of a file: a construct, with comments before and after it.</summary>
internal sealed class XsDocumentSyntax(XsNode root)
{
    public XsNode Root { get; } = root;

    /// <summary>Comments after the construct's closing brace (before the next <c>---</c> or the end).</summary>
    public List<string>? EndComments { get; set; }

    /// <summary>The construct was not understood and is kept as this exact text.</summary>
    public string? OpaqueText { get; set; }

    /// <summary>Offset and length of the document in the file's text (comments included, separator lines and
    /// surrounding blank lines excluded), and the line it starts on.</summary>
    public int Start { get; set; }

    public int Line { get; set; }

    /// <summary>A syntax error was found inside the document.</summary>
    public bool HasErrors { get; set; }

    public int Length { get; set; }
}
