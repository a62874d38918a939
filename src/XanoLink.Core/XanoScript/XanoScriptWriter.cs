using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.XanoScript.Model;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.XanoScript;

/// <summary>
/// Writes XanoLink's object model as XanoScript in Xano's own style (what Git Sync and <c>xano workspace pull</c>
/// write): two-space indentation, blocks over lines, Xano's blank lines, no final newline. A model read from a
/// file in that style gives the same bytes back; any model gives text that reads back to the same model. The
/// writer checks that by reading its own output, and reports XL1130 instead of writing text that would lose
/// something.
/// </summary>
public static class XanoScriptWriter
{
    /// <param name="construct">The construct keyword (<see cref="XanoScriptDocument.Construct"/>): query, function, table, ...</param>
    /// <param name="model">The object; it is not changed.</param>
    /// <param name="path">The path to name in diagnostics.</param>
    public static XanoScriptText Write(string construct, JObject model, string path = "")
    {
        var writer = new XsModelWriter();
        var text = XsPrinter.Document(writer.Document(construct, model));
        if (writer.Problems.Count > 0)
        {
            return new XanoScriptText(null, writer.Problems.Select(p => DiagnosticCatalog.XsNotWritable.At(path, 0, 0, $"{construct} '{(string?)model["name"]}' cannot be written as XanoScript: {p}")).ToList());
        }

        var back = XanoScriptReader.Read(path, text);
        if (back.Documents is not [{ } document] || document.Construct != construct || !JToken.DeepEquals(WithoutLayout(document.Model), WithoutLayout(model)))
        {
            return new XanoScriptText(null, [DiagnosticCatalog.XsNotWritable.At(path, 0, 0, $"{construct} '{(string?)model["name"]}' cannot be written as XanoScript without a change: the text does not read back to the same object; report it with the object")]);
        }

        return new XanoScriptText(text, []);
    }

    // A layout note the writer could not follow (the literal changed) is dropped, which loses nothing.
    private static JToken WithoutLayout(JToken token)
    {
        var copy = token.DeepClone();
        var notes = copy is JContainer container
            ? container.DescendantsAndSelf().OfType<JProperty>().Where(p => p.Name.StartsWith(XsKeys.Layout, StringComparison.Ordinal)).ToList()
            : [];
        foreach (var note in notes)
        {
            note.Remove();
        }

        return copy;
    }

    /// <summary>Several documents as one multidoc text: separated by lines of <c>---</c>.</summary>
    public static string Join(IEnumerable<string> documents, bool endWithNewline = false) => XsPrinter.File(documents, endWithNewline);
}
