using Newtonsoft.Json.Linq;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>The schemas of schemas/ accept every example file and reject broken documents.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string> JsonFiles() => new(ExampleFiles.Json);

    public static TheoryData<string> RecordsFiles() => new(ExampleFiles.Records);

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public async Task Every_example_file_is_valid_against_its_schema(string path)
    {
        var errors = await SchemaCache.Errors(ExampleFiles.SchemaOf(path), await File.ReadAllTextAsync(ExampleFiles.FullPath(path)));
        Assert.True(errors.Count == 0, $"{path} fails {ExampleFiles.SchemaOf(path)}:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public async Task Every_example_file_names_its_schema_by_a_relative_path_that_exists(string path)
    {
        var json = JObject.Parse(await File.ReadAllTextAsync(ExampleFiles.FullPath(path)));
        var reference = json.Value<string>("$schema");
        Assert.NotNull(reference);
        var depth = path.Count(c => c == '/') + 1;
        Assert.Equal(string.Concat(Enumerable.Repeat("../", depth)) + "schemas/" + ExampleFiles.SchemaOf(path), reference);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(ExampleFiles.FullPath(path))!, reference)), $"{path}: {reference} does not exist");
    }

    [Theory]
    [MemberData(nameof(RecordsFiles))]
    public async Task Every_line_of_every_records_file_is_a_valid_record(string path)
    {
        var lines = await File.ReadAllLinesAsync(ExampleFiles.FullPath(path));
        Assert.NotEmpty(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var errors = await SchemaCache.Errors("records.schema.json", lines[i]);
            Assert.True(errors.Count == 0, $"{path} line {i + 1}:\n{string.Join("\n", errors)}");
        }
    }

    [Theory]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": "id" }""", "ArrayExpected")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product" }""", "PropertyRequired")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": [ { "name": "id", "type": "integer" } ] }""", "NotInEnumeration")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "s", "type": "enum" } ] }""", "PropertyRequired at #/fields[1].values")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "e", "type": "vector" } ] }""", "PropertyRequired at #/fields[1].size")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "c", "type": "text", "table": "category" } ] }""", "NotInEnumeration at #/fields[1].type")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "fields": [ { "name": "id", "type": "int" } ], "indexes": [ { "type": "btree|uniq", "fields": ["id"] } ] }""", "NotInEnumeration")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "product", "colour": "red", "fields": [ { "name": "id", "type": "int" } ] }""", "NoAdditionalPropertiesAllowed")]
    [InlineData("table.schema.json", """{ "guid": "not a guid!", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""", "PatternMismatch")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "../escape", "fields": [ { "name": "id", "type": "int" } ] }""", "PatternMismatch")]
    [InlineData("api.schema.json", """{ "guid": "a1", "name": "orders/get", "verb": "FETCH", "path": "/orders", "steps": [] }""", "NotInEnumeration")]
    [InlineData("api.schema.json", """{ "guid": "a1", "name": "orders/get", "verb": "GET", "path": "orders", "steps": [] }""", "PatternMismatch")]
    [InlineData("api.schema.json", """{ "guid": "a1", "name": "orders/get", "verb": "GET", "path": "/orders" }""", "PropertyRequired")]
    [InlineData("api.schema.json", """{ "guid": "a1", "name": "orders/get", "verb": "GET", "path": "/orders", "auth": true, "steps": [] }""", "StringExpected")]
    [InlineData("function.schema.json", """{ "guid": "f1", "name": "x", "steps": [ { "op": "db.select", "table": "order" } ] }""", "NotInEnumeration")]
    [InlineData("function.schema.json", """{ "guid": "f1", "name": "x", "steps": [ { "op": "conditional", "then": [ { "op": "db.get" } ] } ] }""", "PropertyRequired at #/steps[0].then[0].table")]
    [InlineData("function.schema.json", """{ "guid": "f1", "name": "x", "steps": [ { "op": "foreach", "steps": [ { "op": "function.run" } ] } ] }""", "PropertyRequired at #/steps[0].steps[0].function")]
    [InlineData("function.schema.json", """{ "guid": "f1", "name": "x", "steps": [ { "op": "db.query", "table": "order", "addons": [ 1 ] } ] }""", "StringExpected at #/steps[0].addons[0]")]
    [InlineData("function.schema.json", """{ "guid": "f1", "name": "x", "steps": [ { "as": "x" } ] }""", "PropertyRequired")]
    [InlineData("addon.schema.json", """{ "guid": "ad1", "name": "x", "steps": [] }""", "PropertyRequired")]
    [InlineData("task.schema.json", """{ "guid": "k1", "name": "x", "active": "yes", "steps": [] }""", "BooleanExpected")]
    [InlineData("task.schema.json", """{ "guid": "k1", "name": "x", "schedule": { "start": "2026-01-01T00:00:00Z" }, "steps": [] }""", "PropertyRequired")]
    [InlineData("trigger.schema.json", """{ "guid": "r1", "name": "x", "table": "order", "actions": [ "upsert" ], "steps": [] }""", "NotInEnumeration")]
    [InlineData("api-group.schema.json", """{ "guid": "g1", "name": "orders/nested" }""", "PatternMismatch")]
    [InlineData("workspace.schema.json", """{ "guid": "w1" }""", "PropertyRequired")]
    [InlineData("xanolink.schema.json", """{ "include": { "endpoints": "*" } }""", "NoAdditionalPropertiesAllowed")]
    [InlineData("xanolink.schema.json", """{ "include": { "apis": "all" } }""", "NotOneOf")]
    [InlineData("xanolink.schema.json", """{ "include": { "apis": [ "../orders/*" ] } }""", "PatternMismatch at #/include.apis[0]")]
    [InlineData("xanolink.schema.json", """{ "records": { "product": "some" } }""", "NotOneOf")]
    [InlineData("xanolink.schema.json", """{ "tenants": [ { "name": "shop:acme" } ] }""", "PropertyRequired")]
    [InlineData("xanolink.schema.json", """{ "publish": { "merge": "yes" } }""", "BooleanExpected")]
    [InlineData("records.schema.json", """{ "name": "Coffee" }""", "PropertyRequired")]
    [InlineData("records.schema.json", """{ "id": 1.5 }""", "NoTypeValidates at #/id")]
    public async Task A_broken_document_fails_its_schema(string schema, string json, string expectedKind)
    {
        var errors = await SchemaCache.Errors(schema, json);
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(expectedKind, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("function.schema.json", """{ "$schema": "x.json", "guid": "f1", "name": "billing/x", "steps": [ { "op": "api.request", "url": "https://example.com", "headers": { "a": "b" }, "body": [] } ] }""")]
    [InlineData("table.schema.json", """{ "guid": "t1", "name": "doc", "fields": [ { "name": "id", "type": "uuid" }, { "name": "meta", "type": "object", "fields": [ { "name": "kind", "type": "enum", "values": ["a"] } ] } ] }""")]
    [InlineData("xanolink.schema.json", """{ "include": { "apis": "*", "tables": [] }, "records": { "product": [ 1, "sku-2" ] } }""")]
    [InlineData("records.schema.json", """{ "id": "sku-2", "anything": { "nested": true } }""")]
    public async Task A_valid_document_with_free_parts_passes_its_schema(string schema, string json)
    {
        var errors = await SchemaCache.Errors(schema, json);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
