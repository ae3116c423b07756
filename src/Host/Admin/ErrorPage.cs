using System.Text.Encodings.Web;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// The admin's one error page: a friendly Korean message for a status, never a stack trace. Written
/// directly (not by re-executing a page), so it works for any failure, including a failed routing.
/// </summary>
public static class ErrorPage
{
    public static (string Title, string Message) Describe(int status) => status switch
    {
        400 => ("요청을 처리할 수 없습니다", "양식이 만료되었거나 올바르지 않습니다. 페이지를 새로 고친 뒤 다시 보내세요."),
        401 => ("로그인이 필요합니다", "로그인한 뒤 다시 시도하세요."),
        403 => ("권한이 없습니다", "지금 역할로는 이 화면이나 작업을 쓸 수 없습니다. 필요하면 관리자에게 역할을 요청하세요."),
        404 => ("페이지를 찾을 수 없습니다", "주소를 확인하세요. 기록이 없거나 옮겨졌을 수 있습니다."),
        405 => ("요청을 처리할 수 없습니다", "이 주소는 이런 요청을 받지 않습니다."),
        413 => ("보낸 내용이 너무 큽니다", "내용을 줄여 다시 보내세요."),
        >= 500 => ("잠시 문제가 생겼습니다", "요청을 마치지 못했고 아무것도 기록되지 않았습니다. 잠시 뒤 다시 시도하세요. 문제는 서버 기록에 남았습니다."),
        _ => ("요청을 처리할 수 없습니다", "잠시 뒤 다시 시도하세요."),
    };

    public static Task WriteAsync(HttpContext context, int status)
    {
        var (title, message) = Describe(status);
        var html = Korean.Html;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="ko">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{html.Encode(title)} · 협치 성북</title><link rel="stylesheet" href="/admin.css"></head>
            <body>
            <a class="skip" href="#main">본문으로 건너뛰기</a>
            <header class="top"><a class="brand" href="/">협치 성북</a></header>
            <main id="main" tabindex="-1">
            <h1>{html.Encode(title)}</h1>
            <p>{html.Encode(message)}</p>
            <p><a href="/">대시보드로 가기</a> · <a href="/public">공개 페이지</a></p>
            </main>
            </body>
            </html>
            """);
    }
}
