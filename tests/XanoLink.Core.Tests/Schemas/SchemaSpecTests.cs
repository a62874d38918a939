using Newtonsoft.Json.Linq;
using XanoLink.Model;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>
/// The schemas say what the loader checks: the same properties, required ones and allowed values as
/// FormatSpecs (and the manifest reader), so an editor and <c>xanolink validate</c> never disagree on those.
/// </summary>
public sealed class SchemaSpecTests
{
    private static JObject Schema(string file) => JObject.Parse(File.ReadAllText(Path.Combine(ExampleFiles.SchemasFolder, file)));

    private static JObject Definition(string name) => (JObject)Schema("common.schema.json")["definitions"]![name]!;

    private static string[] Keys(JObject schema) => ((JObject)schema["properties"]!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Required(JObject schema) => (schema["required"] as JArray)?.Select(t => (string)t!).Order(StringComparer.Ordinal).ToArray() ?? [];

    private static string[] Names(ObjectSpec spec) => spec.Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] RequiredNames(ObjectSpec spec) => spec.Properties.Where(p => p.Required).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Enum(JToken schema) => schema["enum"]!.Select(t => (string)t!).ToArray();

    [Theory]
    [InlineData(ItemKind.Table, "table.schema.json")]
    [InlineData(ItemKind.ApiGroup, "api-group.schema.json")]
    [InlineData(ItemKind.Api, "api.schema.json")]
    [InlineData(ItemKind.Function, "function.schema.json")]
    [InlineData(ItemKind.Addon, "addon.schema.json")]
    [InlineData(ItemKind.Task, "task.schema.json")]
    [InlineData(ItemKind.Trigger, "trigger.schema.json")]
    public void An_object_schema_has_the_loaders_properties_and_required_ones(ItemKind kind, string file)
    {
        var schema = Schema(file);
        var spec = FormatSpecs.For(kind);
        Assert.Equal(Names(spec), Keys(schema));
        Assert.Equal(RequiredNames(spec), Required(schema));
        Assert.False((bool)schema["additionalProperties"]!);
    }

    [Fact]
    public void The_workspace_schema_matches_the_loader()
    {
        var schema = Schema("workspace.schema.json");
        Assert.Equal(Names(FormatSpecs.WorkspaceInfo), Keys(schema));
        Assert.Equal(RequiredNames(FormatSpecs.WorkspaceInfo), Required(schema));
    }

    [Fact]
    public void Fields_indexes_and_steps_match_the_loader_and_only_steps_allow_more()
    {
        Assert.Equal(Names(FormatSpecs.Field), Keys(Definition("field")));
        Assert.Equal(RequiredNames(FormatSpecs.Field), Required(Definition("field")));
        Assert.False((bool)Definition("field")["additionalProperties"]!);
        Assert.Equal(Names(FormatSpecs.Index), Keys(Definition("index")));
        Assert.Equal(RequiredNames(FormatSpecs.Index), Required(Definition("index")));
        Assert.False((bool)Definition("index")["additionalProperties"]!);

        // A step documents more properties than the loader checks (var, url, if...), but at least those.
        Assert.Subset(Keys(Definition("step")).ToHashSet(), Names(FormatSpecs.Step).ToHashSet());
        Assert.Equal(RequiredNames(FormatSpecs.Step), Required(Definition("step")));
        Assert.True((bool)Definition("step")["additionalProperties"]!);
    }

    [Fact]
    public void The_enums_are_the_loaders_values()
    {
        Assert.Equal(FormatSpecs.FieldTypes, Enum(Definition("fieldType")));
        Assert.Equal(FormatSpecs.IndexTypes, Enum(Definition("index")["properties"]!["type"]!));
        Assert.Equal(FormatSpecs.Styles, Enum(Definition("field")["properties"]!["style"]!));
        Assert.Equal(StepOps.All.Select(o => o.Op), Enum(Definition("stepOp")));
        Assert.Equal(FormatSpecs.Verbs, Enum(Schema("api.schema.json")["properties"]!["verb"]!));
        Assert.Equal(FormatSpecs.TriggerActions, Enum(Schema("trigger.schema.json")["properties"]!["actions"]!["items"]!));
    }

    [Fact]
    public void The_manifest_schema_knows_every_include_kind_and_property_of_the_reader()
    {
        var schema = Schema("xanolink.schema.json");
        Assert.Equal(new[] { "$schema", "autoIncludeDependencies", "include", "publish", "records", "tenants" }, Keys(schema));
        Assert.Equal(ItemKinds.Includable.Select(k => k.IncludeKey()).Order(StringComparer.Ordinal), Keys((JObject)schema["properties"]!["include"]!));
        Assert.Equal(new[] { "name", "repository" }, Keys((JObject)schema["properties"]!["tenants"]!["items"]!));
        Assert.Equal(new[] { "branch", "merge", "setLive" }, Keys((JObject)schema["properties"]!["publish"]!));
    }

    // Properties inside allOf/anyOf/contains only restate constraints on properties described elsewhere.
    private static bool IsConstraint(JProperty properties) =>
        properties.Ancestors().OfType<JProperty>().Any(a => a.Name is "allOf" or "anyOf" or "oneOf" or "not" or "contains");

    [Fact]
    public void Every_property_of_every_schema_is_described()
    {
        foreach (var file in Directory.EnumerateFiles(ExampleFiles.SchemasFolder, "*.schema.json"))
        {
            foreach (var properties in JObject.Parse(File.ReadAllText(file)).Descendants().OfType<JProperty>().Where(p => p.Name == "properties" && p.Value is JObject && !IsConstraint(p)))
            {
                foreach (var property in ((JObject)properties.Value).Properties())
                {
                    var value = (JObject)property.Value;
                    Assert.True(value["description"] is not null || value["$ref"] is not null, $"{Path.GetFileName(file)}: '{property.Name}' at {property.Path} has no description");
                }
            }
        }
    }
}
