package org.bidbench.demo.storyboard;

/** A storyboard file that cannot be read; the message says where and what to do. */
public class StoryboardFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoryboardFormatException(String message) {
		super(message);
	}

	public StoryboardFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
