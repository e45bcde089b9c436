using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Security;

namespace Devon.Send.Portal.UnitTests;

/// <summary>
/// How the web project is laid out: pages and the services beside them are features, wired up only by the
/// composition root; the domain depends on nothing of the web or the database; the data layer only on the domain;
/// namespaces follow folders. Each test lists every file that breaks its rule.
/// </summary>
public sealed partial class LayoutTests
{
    private const string Web = "Devon.Send.Portal.Web";

    /// <summary>Every source file of the web project, by its path relative to the project with '/' separators.</summary>
    private static readonly IReadOnlyList<SourceFile> Files = Read();

    [Fact]
    public void NoFileOutsidePages_ReferencesAPagesNamespace_ExceptTheCompositionRoot()
    {
        var offenders = Files
            .Where(f => !f.Path.StartsWith("Pages/", StringComparison.Ordinal) && f.Path != "Startup/PortalApplication.cs")
            .SelectMany(f => PagesReference.Matches(f.Code).Select(m => $"{f.Path}: {m.Value}"))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0,
            "Only Startup/PortalApplication.cs, which registers each feature, may name a page's namespace outside Pages/:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NoFileImportsStartup_ExceptProgram()
    {
        var offenders = Files
            .Where(f => f.Path != "Program.cs")
            .SelectMany(f => f.Imports.Where(i => IsIn(i, Web + ".Startup")).Select(i => $"{f.Path}: {i}"))
            .ToList();

        Assert.True(offenders.Count == 0, $"Only Program.cs may import {Web}.Startup:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Domain_DependsOnNoOtherPartOfTheWebProject_NorOnAspNetCoreOrEntityFramework()
    {
        var offenders = Files
            .Where(f => f.Path.StartsWith("Domain/", StringComparison.Ordinal))
            .SelectMany(f => f.Imports
                .Where(i => (IsIn(i, Web) && !IsIn(i, Web + ".Domain")) || IsIn(i, "Microsoft.AspNetCore") || IsIn(i, "Microsoft.EntityFrameworkCore"))
                .Select(i => $"{f.Path}: {i}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Domain/ may import only the domain and the framework's base libraries:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Data_DependsOnlyOnTheDomain()
    {
        var offenders = Files
            .Where(f => f.Path.StartsWith("Data/", StringComparison.Ordinal))
            .SelectMany(f => f.Imports
                .Where(i => IsIn(i, Web) && !IsIn(i, Web + ".Domain") && !IsIn(i, Web + ".Data"))
                .Select(i => $"{f.Path}: {i}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Data/ may import only the domain and the data layer:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryCsFile_IsInTheNamespaceOfItsFolder()
    {
        var offenders = new List<string>();
        foreach (var file in Files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var folder = Path.GetDirectoryName(file.Path)!.Replace('\\', '/');
            var expected = folder.Length == 0 ? Web : Web + "." + folder.Replace('/', '.');
            var declared = NamespaceDeclaration().Matches(file.Code).Select(m => m.Groups[1].Value).ToList();
            if (declared.Count == 0)
            {
                // Top-level statements are in the global namespace, and only Program.cs has them.
                if (file.Path != "Program.cs")
                {
                    offenders.Add($"{file.Path}: no namespace (expected {expected})");
                }

                continue;
            }

            offenders.AddRange(declared.Where(n => n != expected).Select(n => $"{file.Path}: {n} (expected {expected})"));
        }

        Assert.True(offenders.Count == 0, "Namespaces that do not follow their folder:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void EveryEntity_HasAFileOfItsOwn_AndAConfigurationOfItsOwn()
    {
        var offenders = new List<string>();
        var configured = new List<string>();
        foreach (var file in Files.Where(f => f.Path.StartsWith("Data/Configurations/", StringComparison.Ordinal)))
        {
            var entities = EntityConfiguration().Matches(file.Code).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (entities.Count != 1 || file.Path != $"Data/Configurations/{entities[0]}Configuration.cs")
            {
                offenders.Add($"{file.Path} configures {string.Join(", ", entities)}");
            }

            configured.AddRange(entities);
        }

        foreach (var entity in configured)
        {
            var home = Files.Where(f => Regex.IsMatch(f.Code, $@"\b(?:class|record)\s+{entity}\b")).Select(f => f.Path).ToList();
            if (home.Count != 1 || (home[0] != $"Domain/{entity}.cs" && home[0] != $"Data/{entity}.cs"))
            {
                offenders.Add($"{entity} is declared in {string.Join(", ", home)}, not in Domain/{entity}.cs");
            }
            else if (PublicClassOrRecord().Matches(Files.Single(f => f.Path == home[0]).Code).Select(m => m.Groups[1].Value).Intersect(configured).Count() > 1)
            {
                offenders.Add($"{home[0]} declares more than one entity");
            }
        }

        Assert.True(configured.Count > 20, "the rule found too few entity configurations to prove anything");
        Assert.True(offenders.Count == 0, "One entity per file, one configuration per entity:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Domain_TypesUseNothingOfTheWebProject_NorAspNetCoreOrEntityFramework()
    {
        // The project's global usings bring Data and Security into every file, so imports alone cannot show this:
        // the compiled types are read instead, their signatures and every type and member their code refers to.
        var offenders = TypesUsedBy(Web + ".Domain")
            .Where(d => (IsIn(d.Used, Web) && !IsIn(d.Used, Web + ".Domain")) || IsIn(d.Used, "Microsoft.AspNetCore") || IsIn(d.Used, "Microsoft.EntityFrameworkCore"))
            .Select(d => $"{d.Type} uses {d.Used}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "The domain may use only itself and .NET's base libraries:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Data_TypesUseOnlyTheDomain()
    {
        var offenders = TypesUsedBy(Web + ".Data")
            .Where(d => IsIn(d.Used, Web) && !IsIn(d.Used, Web + ".Domain") && !IsIn(d.Used, Web + ".Data"))
            .Select(d => $"{d.Type} uses {d.Used}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "The data layer may use only the domain:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheTypeReaderSeesWhatSignaturesAndCodeUse()
    {
        var used = TypesUsedBy(Web + ".Security").ToList();
        // ChildAccess takes the DbContext (a signature) and calls the young person's rights rule (code only).
        Assert.Contains((typeof(ChildAccess).FullName!, Web + ".Data"), used);
        Assert.Contains(used, u => u.Type == typeof(ChildAccess).FullName && u.Used == Web + ".Domain");
        Assert.Contains(TypesUsedBy(Web + ".Data"), u => IsIn(u.Used, "Microsoft.EntityFrameworkCore"));
    }

    private static IEnumerable<(string Type, string Used)> TypesUsedBy(string space)
    {
        var types = typeof(FolderConventions).Assembly.GetTypes()
            .Where(t => t.Namespace is { } n && n == space)
            .ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            foreach (var used in Signature(type).Concat(Body(type)).SelectMany(Unwrap))
            {
                if (used.Namespace is { } n && !IsIn(n, "System"))
                {
                    yield return (type.FullName!, n);
                }
            }
        }
    }

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Signature(Type type) =>
        new[] { type.BaseType }.OfType<Type>()
            .Concat(type.GetInterfaces())
            .Concat(type.GetCustomAttributesData().Select(a => a.AttributeType))
            .Concat(type.GetFields(Everything).Select(f => f.FieldType))
            .Concat(type.GetProperties(Everything).Select(p => p.PropertyType))
            .Concat(type.GetMethods(Everything).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetConstructors(Everything).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)));

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types that the IL of the type's methods refers to (calls, fields, new objects, casts).</summary>
    private static IEnumerable<Type> Body(Type type)
    {
        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything));
        foreach (var method in methods)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
            for (var i = 0; i < il.Length;)
            {
                var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
                i += code.Size;
                if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
                {
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, type.IsGenericType ? type.GetGenericArguments() : null,
                            method.IsGenericMethod ? method.GetGenericArguments() : null);
                    }
                    catch (ArgumentException)
                    {
                    }

                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                    }
                }

                i += code.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + (BitConverter.ToInt32(il, i) * 4),
                    _ => 4,
                };
            }
        }
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Unwrap(argument))
            {
                yield return inner;
            }
        }
    }

    [Fact]
    public void TheRulesReadTheSource()
    {
        Assert.Contains(Files, f => f.Path == "Program.cs");
        Assert.Contains(Files, f => f.Path == "Startup/PortalApplication.cs");
        Assert.Contains(Files, f => f.Path.StartsWith("Domain/", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.Path.StartsWith("Data/Configurations/", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.Path.EndsWith(".cshtml", StringComparison.Ordinal));
        Assert.DoesNotContain(Files, f => f.Path.StartsWith("Data/Migrations/", StringComparison.Ordinal) || f.Path.StartsWith("obj/", StringComparison.Ordinal));
        Assert.Contains(Web + ".Startup", Files.Single(f => f.Path == "Program.cs").Imports);
        Assert.DoesNotContain(Files, f => f.Path == "Security/PageAccess.cs" && PagesReference.IsMatch(f.Code));
        Assert.Matches(PagesReference, "Pages.Audit.IndexModel.Describe(kind)");
        Assert.Matches(PagesReference, "using Devon.Send.Portal.Web.Pages.Dashboard;");
        Assert.DoesNotMatch(PagesReference, "Pages.Where(p => p.Service is not null)");
    }

    private static bool IsIn(string name, string space) =>
        name == space || name.StartsWith(space + ".", StringComparison.Ordinal);

    private static List<SourceFile> Read()
    {
        var skipped = new[] { "bin/", "obj/", "node_modules/", "wwwroot/", "Data/Migrations/" };
        var files = new List<SourceFile>();
        foreach (var full in Directory.EnumerateFiles(SourceTree.Web, "*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(SourceTree.Web, full).Replace('\\', '/');
            if (skipped.Any(s => path.StartsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var text = File.ReadAllText(full);
            if (path.EndsWith(".cs", StringComparison.Ordinal))
            {
                var code = WithoutCommentsOrStrings(text);
                files.Add(new(path, code, UsingDirective().Matches(code).Select(m => m.Groups[1].Value).ToList()));
            }
            else if (path.EndsWith(".cshtml", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            {
                var markup = RazorComment().Replace(text, "");
                files.Add(new(path, markup, RazorUsing().Matches(markup).Select(m => m.Groups[1].Value).ToList()));
            }
            else if (path.EndsWith(".csproj", StringComparison.Ordinal))
            {
                files.Add(new(path, text, ProjectUsing().Matches(text).Select(m => m.Groups[1].Value).ToList()));
            }
        }

        return files;
    }

    /// <summary>
    /// C# with its comments and string and character literals blanked, so that a namespace named in a string or a
    /// remark is not taken for a reference. Documentation comments are kept: a <c>cref</c> is a reference.
    /// </summary>
    private static string WithoutCommentsOrStrings(string text)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                if (i + 2 < text.Length && text[i + 2] == '/')
                {
                    code.Append(text, i, end - i);
                }

                i = end;
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                code.Append(' ');
            }
            else if (c == '"' || c == '\'' || ((c is '@' or '$') && next is '"' or '@' or '$'))
            {
                i = SkipLiteral(text, i);
                code.Append("\"\"");
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        return code.ToString();
    }

    /// <summary>The index just after the string or character literal starting at <paramref name="start"/>.</summary>
    private static int SkipLiteral(string text, int start)
    {
        var i = start;
        var verbatim = false;
        while (text[i] is '@' or '$')
        {
            verbatim |= text[i] == '@';
            i++;
        }

        var quote = text[i];
        var quotes = 0;
        while (i + quotes < text.Length && text[i + quotes] == '"' && quote == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // A raw string literal ends at the same number of quotes.
            var end = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            return end < 0 ? text.Length : end + quotes;
        }

        if (quotes == 2 && !verbatim)
        {
            return i + 2;
        }

        for (i++; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == quote)
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
            else if (!verbatim && text[i] == '\n')
            {
                return i;
            }
        }

        return text.Length;
    }

    private sealed record SourceFile(string Path, string Code, IReadOnlyList<string> Imports);

    /// <summary>
    /// The Pages namespace named in full, or from within the project (<c>Pages.Audit.IndexModel</c>): <c>Pages.</c>
    /// followed by one of its own namespaces or types, so a property called <c>Pages</c> is not taken for it.
    /// </summary>
    private static readonly Regex PagesReference = new(
        @"\bDevon\.Send\.Portal\.Web\.Pages\b(?:\.\w+)*|(?<![\w.])(?:Web\.)?Pages\.(?:" + string.Join("|", PagesMembers()) + @")\b(?:\.\w+)*",
        RegexOptions.CultureInvariant);

    /// <summary>The names directly inside the Pages namespace: its folders' namespaces and its own types.</summary>
    private static IEnumerable<string> PagesMembers() =>
        typeof(FolderConventions).Assembly.GetTypes()
            .Select(t => t.Namespace == Web + ".Pages" ? t.Name.Split('`')[0] : t.Namespace?.StartsWith(Web + ".Pages.", StringComparison.Ordinal) == true ? t.Namespace.Split('.')[5] : null)
            .OfType<string>()
            .Where(n => n.Length > 0 && !n.Contains('<', StringComparison.Ordinal))
            .Distinct()
            .Select(Regex.Escape);

    /// <summary><c>using X;</c>, <c>global using X;</c>, <c>using static X;</c> and <c>using A = X;</c>.</summary>
    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?([\w.]+)\s*(?:<[^;]*>)?\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^\s*@using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex RazorUsing();

    [GeneratedRegex(@"<Using\s+Include=""([\w.]+)""")]
    private static partial Regex ProjectUsing();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    /// <summary>A public class or record at the top level of a file-scoped namespace (nested types are indented).</summary>
    [GeneratedRegex(@"IEntityTypeConfiguration<(\w+)>")]
    private static partial Regex EntityConfiguration();

    [GeneratedRegex(@"^public\s+(?:(?:sealed|abstract|static|partial|readonly|unsafe|file)\s+)*(?:class|record(?:\s+class|\s+struct)?)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicClassOrRecord();
}
