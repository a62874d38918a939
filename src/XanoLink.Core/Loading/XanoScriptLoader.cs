using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Formats;
using XanoLink.Json;
using XanoLink.Model;
using XanoLink.XanoScript;

namespace XanoLink.Loading;

/// <summary>
/// Reads one <c>.xs</c> file into workspace objects: each document whose construct is a kind of object becomes one, keyed
/// by its content (<see cref="XanoScriptNames"/>), wherever the file sits. A <c>workspace</c> construct gives the workspace
/// its name (and guid, if it has one); <c>branch</c> holds branch settings, which stay with each workspace.
/// </summary>
internal sealed class XanoScriptLoader(List<WorkspaceObject> objects, List<Diagnostic> diagnostics)
{
    private readonly List<(XanoScriptDocument Document, string Path)> workspaces = [];

    public void Load(SourceFile file)
    {
        if (file.Size > XanoScriptReader.MaxLength)
        {
            diagnostics.Add(DiagnosticCatalog.XsFileTooLarge.At(file.Path, 0, 0, $"the file is {file.Size:N0} bytes; XanoScript files may be at most 16 MiB: split the construct or move data out of it"));
            return;
        }

        if (JsonFileReader.Decode(file, file.ReadAllBytes(), diagnostics) is not { } text)
        {
            return;
        }

        var read = XanoScriptReader.Read(file.Path, text);
        diagnostics.AddRange(read.Diagnostics);
        foreach (var document in read.Documents)
        {
            switch (document.Construct)
            {
                case "workspace":
                    workspaces.Add((document, file.Path));
                    continue;
                case "branch":
                    continue;
            }

            if (document.IsOpaque)
            {
                // XL1121 already says the construct is unknown; it stays in its file, but is no object.
                continue;
            }

            if (!ItemKinds.TryParseConstruct(document.Construct, out var kind))
            {
                diagnostics.Add(DiagnosticCatalog.XsNotAnObject.At(file.Path, document.Line, 1, $"'{document.Construct}' defines no workspace object XanoLink publishes (it stays in the file as written)"));
                continue;
            }

            if (XanoScriptNames.KeyName(kind, document.Model, out var problem) is not { } name)
            {
                diagnostics.Add(DiagnosticCatalog.XsNoKey.At(file.Path, document.Line, 1, $"this {kind.DisplayName()} cannot be named: {problem}; it is left out"));
                continue;
            }

            var obj = new WorkspaceObject(kind, name, ObjectFiles.GuidOf(document.Model), file, document, read, text);
            diagnostics.AddRange(Validation.XanoScriptRules.Validate(obj));
            objects.Add(obj);
        }
    }

    /// <summary>
    /// The workspace's identity when it has no workspace.json: the first <c>workspace</c> construct's name, and its guid
    /// or, when it has none (as Xano writes it), one derived from the name.
    /// </summary>
    public WorkspaceInfo? Identity()
    {
        if (workspaces.Count == 0)
        {
            return null;
        }

        var ordered = workspaces.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Document.Start).ToArray();
        var (first, path) = ordered[0];
        foreach (var (other, otherPath) in ordered.Skip(1))
        {
            diagnostics.Add(DiagnosticCatalog.XsTwoWorkspaces.At(otherPath, other.Line, 1, $"a second workspace construct; the workspace is '{first.Name}' from {path}, and this one is ignored"));
        }

        var model = first.Model;
        var name = first.Name ?? "";
        var guid = ObjectFiles.GuidOf(model);
        if (guid.Length == 0)
        {
            guid = GuidFromName(name);
            diagnostics.Add(DiagnosticCatalog.XsIdentityFromName.At(path, first.Line, 1, $"workspace '{PrintableText.Of(name)}' has no guid, so its identity is its name (guid {guid}): renaming it makes a new source for every tenant; give the workspace a lasting identity with a workspace.json beside this folder ({{ \"guid\": \"...\", \"name\": \"...\" }})"));
        }

        var description = model["description"] is JValue { Type: JTokenType.String } d ? (string)d! : null;
        return new WorkspaceInfo(guid, name, description, model);
    }

    /// <summary>A stable guid for a workspace known only by its name.</summary>
    public static string GuidFromName(string name) =>
        "xs-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];
}
