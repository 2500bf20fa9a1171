package lt.tinklas.identity.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than allowed with 413 before anything reads it: a JSON body of the
 * API (a problem detail) and a form post of a page (the error page, which says how large a form may
 * be). A body sent in chunks to the API, without a length, is read up to the limit and counted.
 * Uploads ({@code multipart/form-data}) have their own limits, checked where they are read.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	/** The request attribute the error page reads: the largest form, in words such as {@code 2 MB}. */
	static final String FORM_LIMIT_ATTRIBUTE = "formTooLargeLimit";

	private final long apiLimit;
	private final DataSize formLimit;
	private final ProblemResponses problems;

	RequestBodyLimit(DataSize apiLimit, DataSize formLimit, ProblemResponses problems) {
		this.apiLimit = apiLimit.toBytes();
		this.formLimit = formLimit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		long limit = api ? apiLimit : formLimit.toBytes();
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, api);
			return;
		}
		if (api && length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				refuse(request, response, true);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
		if (api) {
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge",
					inWords(DataSize.ofBytes(apiLimit)));
		}
		else {
			request.setAttribute(FORM_LIMIT_ATTRIBUTE, inWords(formLimit));
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	static String inWords(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		return bytes >= 1024 ? size.toKilobytes() + " KB" : bytes + " B";
	}

	/** The request with the body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
