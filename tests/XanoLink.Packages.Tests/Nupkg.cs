using System.IO.Compression;
using System.Xml.Linq;

namespace XanoLink.Packages.Tests;

/// <summary>A packed .nupkg: its file list and its nuspec metadata.</summary>
internal sealed class Nupkg
{
    private readonly XElement metadata;

    public Nupkg(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        Files = zip.Entries.Select(e => e.FullName).Where(n => !n.EndsWith('/')).Order(StringComparer.Ordinal).ToList();
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public IReadOnlyList<string> Files { get; }

    public string? this[string name] => Element(name)?.Value;

    public XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    public IReadOnlyList<string> PackageTypes => Element("packageTypes")?.Elements().Select(e => e.Attribute("name")!.Value).ToList() ?? [];

    public IReadOnlyList<string> Dependencies => Element("dependencies")?.Descendants().Where(e => e.Name.LocalName == "dependency")
        .Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value}").ToList() ?? [];
}
