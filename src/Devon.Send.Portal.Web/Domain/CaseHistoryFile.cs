using System.Globalization;
using System.Text;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>One case from a case-history file, checked.</summary>
public sealed record CaseHistoryRow(
    int Line,
    string CaseReference,
    DateOnly RequestReceived,
    AssessmentDecision Decision,
    DateOnly? DecisionDate,
    DateOnly? FinalPlanIssued,
    DateOnly? Closed,
    string? ClosureReason,
    bool TimescaleException);

public enum AssessmentDecision
{
    Pending,
    Assess,
    Refuse,
}

/// <summary>A problem with a case-history file, on the line of the file where it is (line 1 is the header).</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => $"Line {Line}: {Message}";
}

/// <summary>
/// Reads a case-history file exported from the council's previous system: CSV (RFC 4180, quoted fields allowed)
/// with the columns of <see cref="Header"/>, ISO dates. Every row is checked and every problem reported with its
/// line number, so the whole file can be put right at once; a file with any problem must not be imported.
/// </summary>
public static class CaseHistoryFile
{
    public const string Header = "case_reference,request_received,decision,decision_date,final_plan_issued,closed_date,closed_reason,timescale_exception";

    /// <summary>Enough to put a file right without flooding the page; the count says how many there were.</summary>
    public const int MaxProblemsListed = 500;

    private static readonly string[] Columns = Header.Split(',');

    public sealed class Result
    {
        public List<CaseHistoryRow> Rows { get; } = [];
        public List<ImportProblem> Problems { get; } = [];
        public int ProblemCount { get; internal set; }

        /// <summary>Rows of cases in the file, the header and blank lines not counted.</summary>
        public int RowsRead { get; internal set; }
        public bool IsValid => ProblemCount == 0;

        internal void Add(int line, string message)
        {
            ProblemCount++;
            if (Problems.Count < MaxProblemsListed)
            {
                Problems.Add(new ImportProblem(line, message));
            }
        }
    }

    /// <summary>Reads and checks the whole file. <paramref name="progress"/> hears the number of rows read so far, now and then.</summary>
    public static Result Read(TextReader reader, DateOnly today, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new Result();
        var csv = new CsvReader(reader);
        if (!csv.TryReadRecord(out var header, out _))
        {
            result.Add(1, "The file is empty. It needs the header line: " + Header);
            return result;
        }

        if (csv.Error is { } headerError)
        {
            result.Add(1, headerError);
            return result;
        }

        if (header.Count > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        if (!header.Select(h => h.Trim()).SequenceEqual(Columns))
        {
            result.Add(1, $"The header must be exactly: {Header}");
            return result;
        }

        var firstLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.TryReadRecord(out var fields, out var line))
        {
            if (csv.Error is { } error)
            {
                result.RowsRead++;
                result.Add(line, error);
                continue;
            }

            if (fields is [""])
            {
                continue;
            }

            result.RowsRead++;

            if (fields.Count != Columns.Length)
            {
                result.Add(line, $"Expected {Columns.Length} columns but found {fields.Count}");
                continue;
            }

            if (CheckRow(fields, line, today, result) is { } row)
            {
                if (firstLineOf.TryGetValue(row.CaseReference, out var first))
                {
                    result.Add(line, $"Case reference {row.CaseReference} is also on line {first}: each case can appear only once");
                }
                else
                {
                    firstLineOf[row.CaseReference] = line;
                    result.Rows.Add(row);
                }
            }

            if (line % 5000 == 0)
            {
                progress?.Invoke(result.RowsRead);
            }
        }

        progress?.Invoke(result.RowsRead);
        return result;
    }

    private static CaseHistoryRow? CheckRow(List<string> fields, int line, DateOnly today, Result result)
    {
        var before = result.ProblemCount;
        var reference = fields[0].Trim();
        if (reference.Length == 0)
        {
            result.Add(line, "case_reference is empty");
        }
        else if (reference.Length > AssessmentCase.ReferenceMaxLength || !reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '_' or '.'))
        {
            result.Add(line, $"case_reference '{Shorten(reference)}' must be at most {AssessmentCase.ReferenceMaxLength} letters, digits, hyphens, slashes, underscores or full stops");
        }

        var requested = Date(fields, 1, line, today, result, required: true);
        var decisionText = fields[2].Trim();
        AssessmentDecision? decision = decisionText.ToUpperInvariant() switch
        {
            "ASSESS" => AssessmentDecision.Assess,
            "REFUSE" => AssessmentDecision.Refuse,
            "PENDING" => AssessmentDecision.Pending,
            _ => null,
        };
        if (decision is null)
        {
            result.Add(line, $"decision '{Shorten(decisionText)}' must be assess, refuse or pending");
        }

        var decided = Date(fields, 3, line, today, result, required: false);
        var final = Date(fields, 4, line, today, result, required: false);
        var closed = Date(fields, 5, line, today, result, required: false);
        var reason = fields[6].Trim();
        bool? exception = fields[7].Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => null,
        };
        if (exception is null)
        {
            result.Add(line, $"timescale_exception '{Shorten(fields[7].Trim())}' must be true or false");
        }

        if (reason.Length > AssessmentCase.ClosureReasonMaxLength)
        {
            result.Add(line, $"closed_reason must be {AssessmentCase.ClosureReasonMaxLength} characters or fewer");
        }

        if (reason.Length > 0 && closed is null && fields[5].Trim().Length == 0)
        {
            result.Add(line, "closed_reason is given but closed_date is empty");
        }

        if (decision is AssessmentDecision.Assess or AssessmentDecision.Refuse && decided is null && fields[3].Trim().Length == 0)
        {
            result.Add(line, $"decision_date is empty: a decision to {decisionText.ToLowerInvariant()} needs its date");
        }

        if (decision == AssessmentDecision.Pending && fields[3].Trim().Length > 0)
        {
            result.Add(line, "decision_date is given but the decision is pending");
        }

        if (final is not null && decision is AssessmentDecision.Refuse or AssessmentDecision.Pending)
        {
            result.Add(line, $"final_plan_issued is given but the decision is {decisionText.ToLowerInvariant()}: a plan follows a decision to assess");
        }

        if (requested is { } r)
        {
            NotBefore(decided, "decision_date", r, "request_received", line, result);
            NotBefore(final, "final_plan_issued", r, "request_received", line, result);
            NotBefore(closed, "closed_date", r, "request_received", line, result);
        }

        if (decided is { } d && decision == AssessmentDecision.Assess)
        {
            NotBefore(final, "final_plan_issued", d, "decision_date", line, result);
        }

        if (result.ProblemCount > before)
        {
            return null;
        }

        return new CaseHistoryRow(line, reference, requested!.Value, decision!.Value, decided, final, closed, reason.Length == 0 ? null : reason, exception!.Value);
    }

    private static DateOnly? Date(List<string> fields, int column, int line, DateOnly today, Result result, bool required)
    {
        var text = fields[column].Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                result.Add(line, $"{Columns[column]} is empty");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result.Add(line, $"{Columns[column]} '{Shorten(text)}' is not a real date in the form YYYY-MM-DD");
            return null;
        }

        if (date > today)
        {
            result.Add(line, $"{Columns[column]} {text} is in the future");
            return null;
        }

        return date;
    }

    private static void NotBefore(DateOnly? date, string name, DateOnly earliest, string earliestName, int line, Result result)
    {
        if (date is { } d && d < earliest)
        {
            result.Add(line, $"{name} {d:yyyy-MM-dd} is before {earliestName} {earliest:yyyy-MM-dd}");
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private sealed class CsvReader(TextReader reader)
    {
        private int _line;

        public string? Error { get; private set; }

        public bool TryReadRecord(out List<string> fields, out int line)
        {
            fields = [];
            Error = null;
            line = _line + 1;
            var text = reader.ReadLine();
            if (text is null)
            {
                return false;
            }

            _line++;
            var field = new StringBuilder();
            var quoted = false;
            var fieldStart = true;
            for (var i = 0; ; i++)
            {
                if (i == text.Length)
                {
                    if (!quoted)
                    {
                        fields.Add(field.ToString());
                        return true;
                    }

                    // A quoted field that runs on to the next line.
                    var next = reader.ReadLine();
                    if (next is null)
                    {
                        Error = "A quoted field is not closed: a double quote (\") is missing";
                        fields.Add(field.ToString());
                        return true;
                    }

                    _line++;
                    field.Append('\n');
                    text = next;
                    i = -1;
                    continue;
                }

                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                        if (i + 1 < text.Length && text[i + 1] != ',')
                        {
                            Error = "Text follows a closing double quote: a quote inside a quoted field must be doubled (\"\")";
                            fields.Add(field.ToString());
                            return true;
                        }
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && fieldStart)
                {
                    quoted = true;
                    fieldStart = false;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStart = true;
                }
                else
                {
                    field.Append(c);
                    fieldStart = false;
                }
            }
        }
    }
}
