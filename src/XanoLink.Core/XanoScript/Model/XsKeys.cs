namespace XanoLink.XanoScript.Model;

/// <summary>
/// The model's own property names: comments, escapes and opaque text. Comments are kept on the object whose member
/// they precede: "//" for the object itself, "//" + key for the member stored under key, "//&gt;" + key for a comment
/// at the end of its line, "//}" + key for comments before the closing brace of its block, "//$" after a document;
/// "//~" + key notes the layout of a literal.
/// </summary>
internal static class XsKeys
{
    public const string Comment = "//";
    public const string EndOfLine = "//>";
    public const string BlockEnd = "//}";
    public const string AfterDocument = "//$";

    /// <summary>"//~" + key: the value of key, an object or array literal, is written in Xano's other layout
    /// ("inline" or "multiline") rather than the canonical one.</summary>
    public const string Layout = "//~";

    /// <summary>A statement, block or construct kept as its exact text.</summary>
    public const string Opaque = "xs";

    /// <summary>Prefix of a block XanoLink does not know inside a construct: "#" + keyword (and "#n" when repeated).</summary>
    public const string UnknownBlock = "#";

    /// <summary>
    /// The key an attribute is stored under: its name, unless a property of the same name is already there (the
    /// statement's table, its steps...) or the name itself starts with "//", "@" or "#": then "@" is put in front,
    /// as often as needed.
    /// </summary>
    public static string AttributeKey(string name, Func<string, bool> taken)
    {
        var key = IsSpecial(name) ? "@" + name : name;
        while (taken(key))
        {
            key = "@" + key;
        }

        return key;
    }

    /// <summary>The attribute name that <see cref="AttributeKey"/> turns into <paramref name="key"/>, or null.</summary>
    public static string? AttributeName(string key, Func<string, bool> taken)
    {
        var at = 0;
        while (at < key.Length && key[at] == '@')
        {
            at++;
        }

        for (var strip = at; strip >= 0; strip--)
        {
            var name = key[strip..];
            if (name.Length > 0 && AttributeKey(name, taken) == key)
            {
                return name;
            }
        }

        return null;
    }

    public static bool IsSpecial(string key) => key.StartsWith(Comment, StringComparison.Ordinal) || key.StartsWith('@') || key.StartsWith(UnknownBlock, StringComparison.Ordinal);

    public static bool IsCommentKey(string key) => key.StartsWith(Comment, StringComparison.Ordinal);
}
