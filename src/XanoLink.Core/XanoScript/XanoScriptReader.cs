using XanoLink.Diagnostics;
using XanoLink.XanoScript.Model;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript;

/// <summary>
/// Reads XanoScript (<c>.xs</c>) text into XanoLink's object model. Every syntax error is a coded diagnostic
/// (XL1100-XL1108) with its line and column, and reading goes on at the next statement or document; a construct or
/// statement XanoLink does not know is kept as written with a warning (XL1120-XL1122). Linear in the text, at most
/// 16 MiB, blocks and brackets nested at most 128 deep. <see cref="XanoScriptWriter"/> writes the model back.
/// </summary>
public static class XanoScriptReader
{
    public const int MaxLength = 16 * 1024 * 1024;

    /// <param name="path">The file's path for diagnostics (relative to the workspace, '/'-separated).</param>
    /// <param name="text">The file's text (already decoded from UTF-8).</param>
    public static XanoScriptFile Read(string path, string text)
    {
        if (text.Length > MaxLength)
        {
            return new XanoScriptFile([], [DiagnosticCatalog.XsFileTooLarge.At(path, 0, 0, $"the file holds {text.Length:N0} characters; XanoScript files may be at most 16 MiB: split the construct or move data out of it")], false);
        }

        var syntax = XsParser.Parse(text);
        var reader = new XsModelReader(path, text);
        var documents = new List<XanoScriptDocument>();
        foreach (var document in syntax.Documents)
        {
            if (document.HasErrors)
            {
                continue;
            }

            var model = reader.Document(document);
            var name = document.Root.Args.FirstOrDefault(a => a.Kind == XsArgKind.Name)?.Text;
            documents.Add(new XanoScriptDocument(document.Root.Keyword, name, model, document.Start, document.Length, document.Line, model.ContainsKey(XsKeys.Opaque), reader.Positions));
        }

        var diagnostics = syntax.Errors.Concat(reader.Warnings)
            .Select(e => e.Descriptor.At(path, e.Pos.Line, e.Pos.Column, e.Message))
            .Order(Comparer<Diagnostic>.Create(Diagnostic.Compare))
            .ToList();
        return new XanoScriptFile(documents, diagnostics, syntax.EndsWithNewline);
    }
}
